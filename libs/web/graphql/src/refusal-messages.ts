import { CombinedGraphQLErrors } from '@apollo/client';

/** A refusal as the api worded it in English. */
export interface RefusalMessage {
  readonly code: string | undefined;
  readonly message: string;
  readonly field: string | undefined;
}

/**
 * @deprecated Reads the api's English messages: only for the operation details step, the operation page and
 * the invitation page until they adopt `useFormProblems` (they are being split into sections on
 * structure/web-pages). Delete with their last use; everything else words codes itself (`apiProblems`).
 */
export function refusalMessages(error: unknown): RefusalMessage[] | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const refusals: RefusalMessage[] = [];
  for (const graphqlError of error.errors) {
    const code = typeof graphqlError.extensions?.['code'] === 'string' ? graphqlError.extensions['code'] : undefined;
    if (code === undefined || ['INTERNAL_SERVER_ERROR', 'NOT_SAVED', 'UNAUTHENTICATED'].includes(code)) return undefined;
    const field = typeof graphqlError.extensions?.['field'] === 'string' ? graphqlError.extensions['field'] : undefined;
    const listed = graphqlError.extensions?.['problems'];
    const messages = Array.isArray(listed) && listed.length > 0 ? listed.map((item: unknown) => (typeof item === 'string' ? item : String((item as { message?: unknown }).message))) : [graphqlError.message];
    for (const message of messages) refusals.push({ code, message, field });
  }
  return refusals.length === 0 ? undefined : refusals;
}
