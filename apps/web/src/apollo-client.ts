import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The GraphQL client. The api serves `/graphql` on the same origin as the web (through vite's proxy in
 * development), with the session cookie; the JSON content type satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
