import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { getOperationAST, GraphQLError, OperationTypeNode, parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { RequestAuth } from '../request/request-auth.js';
import { formatGraphqlError } from './format-error.js';

/**
 * Who may keep a GraphQL WebSocket (subscriptions) open. Core knows no sessions: the auth library provides
 * this, and the subscription server looks it up when a socket connects.
 */
export abstract class SubscriptionAuthenticator {
  /** The person behind the upgrade request's session cookie, or undefined (the socket is refused). */
  abstract authenticate(request: IncomingMessage): Promise<RequestAuth | undefined>;
  /** Whether the session `auth` came from still holds, unchanged (checked while the socket stays open). */
  abstract isCurrent(auth: RequestAuth): Promise<boolean>;
}

/** How often an open socket's session is checked again; a subscription also checks it on each event. */
export const SUBSCRIPTION_SESSION_CHECK_MS = 60_000;

/** The longest operation accepted over a socket (HTTP requests are bounded by the body parser and token limit). */
export const MAX_SOCKET_OPERATION_LENGTH = 10_000;

/**
 * Why an operation sent over the socket is refused, or undefined to go ahead: only subscriptions are served
 * there (queries and mutations go over HTTP, in their request's transaction), and only short ones.
 */
export function socketOperationRefusal(query: string, operationName?: string | null): string | undefined {
  if (query.length > MAX_SOCKET_OPERATION_LENGTH) return 'The operation is too long';
  let operation: ReturnType<typeof getOperationAST>;
  try {
    operation = getOperationAST(parse(query, { maxTokens: 3000 }), operationName);
  } catch {
    return undefined; // graphql-ws reports the syntax error itself
  }
  if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return 'Only subscriptions are served over the WebSocket: send queries and mutations over HTTP';
  }
  return undefined;
}

/** Close codes (graphql-ws): refused at connection, and the session ended while open (the client does not retry). */
export const SOCKET_FORBIDDEN = 4403;
export const SOCKET_SESSION_ENDED = 4401;

interface WsExtra {
  readonly socket: { close(code?: number, reason?: string): void };
  readonly request: IncomingMessage & { auth?: RequestAuth };
}

/** What `@nestjs/graphql` passes on to graphql-ws's `useServer` (its own type names only some of them). */
export type GraphqlWsOptions = Partial<ServerOptions<Record<string, unknown> | undefined, WsExtra>> & { readonly path: string };

const log = new Logger('Subscriptions');

/**
 * A browser sends the page's origin with the upgrade request: it must be this site (as the request was
 * addressed, or as configured), so that no other site can open a socket with the person's cookie. Clients
 * that are not browsers send none.
 */
export function isSameOrigin(request: IncomingMessage, publicUrl?: string): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === request.headers.host) return true;
  return publicUrl !== undefined && new URL(publicUrl).origin === origin;
}

const formatErrors = (errors: readonly GraphQLError[]) => errors.map((error) => formatGraphqlError(error.toJSON(), error));

/**
 * The `graphql-ws` server's options. A socket is accepted only for a fully signed-in session (the cookie is
 * read at connection time); each operation's context carries that session as `req.auth`, so the access guard
 * and `actingAuth` work as on HTTP. The session is checked again every minute and the socket closed once it
 * has ended. Operations get the same validation limits as over HTTP, and errors the same formatting.
 */
export function graphqlWsOptions(
  moduleRef: ModuleRef,
  { validationRules, publicUrl }: { validationRules: readonly ValidationRule[]; publicUrl?: string },
): GraphqlWsOptions {
  const authenticator = () => moduleRef.get(SubscriptionAuthenticator, { strict: false });
  const timers = new WeakMap<object, NodeJS.Timeout>();
  const rules = [...specifiedRules, ...validationRules];
  return {
    path: '/graphql',
    onConnect: async (ctx) => {
      const { request, socket } = ctx.extra;
      if (!isSameOrigin(request, publicUrl)) return false;
      const auth = await authenticator().authenticate(request);
      if (auth === undefined || !auth.secondFactorDone) return false;
      request.auth = auth;
      const timer = setInterval(() => {
        authenticator()
          .isCurrent(auth)
          .then(
            (current) => {
              if (!current) socket.close(SOCKET_SESSION_ENDED, 'Session ended');
            },
            (error: unknown) => log.warn(`Cannot check a subscriber's session: ${error instanceof Error ? error.message : String(error)}`),
          );
      }, SUBSCRIPTION_SESSION_CHECK_MS);
      timer.unref();
      timers.set(socket, timer);
      return true;
    },
    onClose: (ctx) => {
      const timer = timers.get(ctx.extra.socket);
      if (timer !== undefined) clearInterval(timer);
    },
    onSubscribe: (_ctx, _id, payload) => {
      const refusal = socketOperationRefusal(payload.query, payload.operationName);
      return refusal === undefined ? undefined : [new GraphQLError(refusal, { extensions: { code: 'BAD_REQUEST' } })];
    },
    context: (ctx) => ({ req: ctx.extra.request, res: undefined }),
    validate: (schema, document) => validate(schema, document, rules),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors === undefined ? undefined : { ...result, errors: formatErrors(result.errors) },
    onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
  };
}
