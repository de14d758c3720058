import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createSessionEndedLink } from '@liaise/web-auth';

export interface ApolloClientOptions {
  readonly uri?: string;
  /**
   * Called when the api says the session has ended (UNAUTHENTICATED: 30 minutes idle, or 12 hours old),
   * once for a burst of such answers: main.tsx sends the person to the sign-in page.
   */
  readonly onSessionEnded?: (client: ApolloClient) => Promise<void>;
  /** Where subscriptions connect; by default `uri` on this origin over ws(s). Null: no subscriptions (tests). */
  readonly webSocketUrl?: string | null;
}

/** Close codes of the api's subscription server: refused at connection (no session), and session ended. */
const FORBIDDEN = 4403;
const SESSION_ENDED = 4401;

function sameOriginWebSocketUrl(path: string): string | null {
  if (typeof window === 'undefined' || typeof WebSocket === 'undefined') return null;
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${path}`;
}

const closeCode = (event: unknown) => (typeof event === 'object' && event !== null && 'code' in event ? (event as { code: unknown }).code : undefined);

/**
 * The GraphQL client. The api serves `/graphql` on the same origin as the web (through vite's proxy in
 * development), with the session cookie; the JSON content type satisfies Apollo Server's CSRF prevention.
 * Subscriptions go over a WebSocket to the same path (graphql-ws), opened when the first one starts and
 * reopened after it drops; since events sent while it was down are lost, every query on screen is asked
 * again once it is back.
 */
export function createApolloClient({ uri = '/graphql', onSessionEnded, webSocketUrl }: ApolloClientOptions = {}): ApolloClient {
  const http = new HttpLink({ uri, credentials: 'same-origin' });
  const wsUrl = webSocketUrl === undefined ? sameOriginWebSocketUrl(uri) : webSocketUrl;
  // The link needs the client (to refetch after reconnecting) and the client the link: set below.
  const holder: { client?: ApolloClient } = {};
  const transport =
    wsUrl === null
      ? http
      : ApolloLink.split(
          ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
          new GraphQLWsLink(
            createClient({
              url: wsUrl,
              lazy: true,
              retryAttempts: Infinity,
              // No session (4403) or the session ended (4401): trying again will not help.
              shouldRetry: (event) => closeCode(event) !== FORBIDDEN && closeCode(event) !== SESSION_ENDED,
              retryWait: (retries) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** retries) * (0.5 + Math.random()))),
              on: {
                connected: (_socket, _payload, wasRetry) => {
                  if (wasRetry) void holder.client?.refetchQueries({ include: 'active' }).catch(() => undefined);
                },
              },
            }),
          ),
          http,
        );
  const client = new ApolloClient({
    link: onSessionEnded === undefined ? transport : ApolloLink.from([createSessionEndedLink(onSessionEnded), transport]),
    cache: new InMemoryCache(),
  });
  holder.client = client;
  return client;
}
