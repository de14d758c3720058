import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createSessionEndedLink } from '@liaise/web-auth';

export interface ApolloClientOptions {
  readonly uri?: string;
  /**
   * Called when the api says the session has ended (UNAUTHENTICATED: 30 minutes idle, or 12 hours old),
   * once for a burst of such answers: main.tsx sends the person to the sign-in page.
   */
  readonly onSessionEnded?: (client: ApolloClient) => Promise<void>;
}

/**
 * The GraphQL client. The api serves `/graphql` on the same origin as the web (through vite's proxy in
 * development), with the session cookie; the JSON content type satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient({ uri = '/graphql', onSessionEnded }: ApolloClientOptions = {}): ApolloClient {
  const http = new HttpLink({ uri, credentials: 'same-origin' });
  return new ApolloClient({
    link: onSessionEnded === undefined ? http : ApolloLink.from([createSessionEndedLink(onSessionEnded), http]),
    cache: new InMemoryCache(),
  });
}
