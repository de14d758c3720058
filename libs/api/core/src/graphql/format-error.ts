import { Logger } from '@nestjs/common';
import type { RefusalExtensions } from '@liaise/shared-domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors/domain-error.js';

const log = new Logger('GraphQL');

/** Codes that Apollo and the input validation produce and that are safe to show as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_SAVED',
]);

interface HttpLikeError {
  getStatus(): number;
  getResponse(): string | { message?: string | string[] };
}

function isHttpLike(error: unknown): error is HttpLikeError {
  return typeof error === 'object' && error !== null && 'getStatus' in error && 'getResponse' in error;
}

/**
 * graphql-js suggests names close to a misspelt field, argument, type or enum value ("Did you mean
 * \"OUTREACH_WORKER\"?"): a way to read the schema without introspection. Nobody gets them.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+?\?(?=$|;)/g, '');
}

/** A refusal as the contract has it, with nothing empty in it. */
export function refusalExtensions({ code, field, params, problems }: DomainError): RefusalExtensions {
  return {
    code,
    ...(field ? { field } : {}),
    ...(params !== undefined && Object.keys(params).length > 0 ? { params } : {}),
    ...(problems !== undefined && problems.length > 0 ? { problems } : {}),
  };
}

/**
 * What a client is told about an error: domain refusals and input problems as they are, everything else
 * as a plain internal error with no stack, SQL or value in it.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return { message: original.message, path: formatted.path, extensions: { ...refusalExtensions(original) } };
  }
  if (isHttpLike(original) && original.getStatus() === 400) {
    const response = original.getResponse();
    const messages = typeof response === 'string' ? [response] : [response.message ?? 'Bad input'].flat();
    const problems = messages.map((message) => ({ code: 'BAD_USER_INPUT' as const, message }));
    return { message: messages.join('; '), path: formatted.path, extensions: { code: 'BAD_USER_INPUT', problems } };
  }
  if (isHttpLike(original) && original.getStatus() === 403) {
    return { message: 'Not found', path: formatted.path, extensions: { code: 'NOT_FOUND' } };
  }
  if (isHttpLike(original) && original.getStatus() === 401) {
    return { message: 'Sign in to continue', path: formatted.path, extensions: { code: 'UNAUTHENTICATED' } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  log.error(original instanceof Error ? (original.stack ?? original.message) : String(original), `unexpected error at ${formatted.path?.join('.') ?? 'the request'}`);
  return { message: 'Something went wrong on our side', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
