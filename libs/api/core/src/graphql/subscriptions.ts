import type { IncomingMessage } from 'node:http';
import type { ModuleRef } from '@nestjs/core';
import { getOperationAST, GraphQLError, OperationTypeNode, parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { RequestAuth } from '../request/request-auth.js';
import { formatGraphqlError } from './format-error.js';
import { GRAPHQL_LIMITS } from './limits.js';
import { SocketSessions, SubscriptionAuthenticator } from './socket-sessions.js';

/** The longest operation accepted over a socket (HTTP requests are bounded by the body parser and token limit). */
export const MAX_SOCKET_OPERATION_LENGTH = 10_000;

/**
 * Why an operation sent over the socket is refused, as HTTP would answer it, or undefined to go ahead: it
 * must parse (within the token limit), and only subscriptions are served there (queries and mutations go
 * over HTTP, in their request's transaction), and only short ones.
 */
export function socketOperationRefusal(query: string, operationName?: string | null): GraphQLError | undefined {
  if (query.length > MAX_SOCKET_OPERATION_LENGTH) return new GraphQLError('The operation is too long', { extensions: { code: 'BAD_REQUEST' } });
  let operation: ReturnType<typeof getOperationAST>;
  try {
    operation = getOperationAST(parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens }), operationName);
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'The operation does not parse';
    return new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  }
  if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return new GraphQLError('Only subscriptions are served over the WebSocket: send queries and mutations over HTTP', {
      extensions: { code: 'BAD_REQUEST' },
    });
  }
  return undefined;
}

/** Close code (graphql-ws): refused at connection. */
export const SOCKET_FORBIDDEN = 4403;

interface WsExtra {
  readonly socket: { close(code?: number, reason?: string): void };
  readonly request: IncomingMessage & { auth?: RequestAuth };
}

/** What `@nestjs/graphql` passes on to graphql-ws's `useServer` (its own type names only some of them). */
export type GraphqlWsOptions = Partial<ServerOptions<Record<string, unknown> | undefined, WsExtra>> & { readonly path: string };

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

/**
 * Errors graphql-js raises about the request itself (variables that do not fit their types) carry no code;
 * over HTTP Apollo calls them BAD_USER_INPUT, and so does the socket. Errors from resolvers keep theirs.
 */
const withRequestCode = (error: GraphQLError, code: string) =>
  error.originalError === undefined && error.extensions['code'] === undefined
    ? new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: { ...error.extensions, code } })
    : error;

const formatErrors = (errors: readonly GraphQLError[]) =>
  errors.map((error) => withRequestCode(error, 'BAD_USER_INPUT')).map((error) => formatGraphqlError(error.toJSON(), error));

/**
 * The `graphql-ws` server's options. A socket is accepted only for a fully signed-in session (the cookie is
 * read at connection time); each operation's context carries that session as `req.auth`, so the access guard
 * and `actingAuth` work as on HTTP. SocketSessions closes the socket as soon as the session ends. Operations
 * get the same validation limits as over HTTP, and errors the same codes and formatting.
 */
export function graphqlWsOptions(
  moduleRef: ModuleRef,
  { validationRules, publicUrl }: { validationRules: readonly ValidationRule[]; publicUrl?: string },
): GraphqlWsOptions {
  const authenticator = () => moduleRef.get(SubscriptionAuthenticator, { strict: false });
  const sockets = () => moduleRef.get(SocketSessions, { strict: false });
  const rules = [...specifiedRules, ...validationRules];
  return {
    path: '/graphql',
    onConnect: async (ctx) => {
      const { request, socket } = ctx.extra;
      if (!isSameOrigin(request, publicUrl)) return false;
      const auth = await authenticator().authenticate(request);
      if (auth === undefined || !auth.secondFactorDone) return false;
      request.auth = auth;
      sockets().watch(socket, auth);
      return true;
    },
    onClose: (ctx) => sockets().forget(ctx.extra.socket),
    onSubscribe: (_ctx, _id, payload) => {
      const refusal = socketOperationRefusal(payload.query, payload.operationName);
      return refusal === undefined ? undefined : [refusal];
    },
    context: (ctx) => ({ req: ctx.extra.request, res: undefined }),
    validate: (schema, document) => validate(schema, document, rules).map((error) => withRequestCode(error, 'GRAPHQL_VALIDATION_FAILED')),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors === undefined ? undefined : { ...result, errors: formatErrors(result.errors) },
    onError: (_ctx, _id, _payload, errors) => formatErrors(errors),
  };
}
