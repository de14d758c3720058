import { CombinedGraphQLErrors } from '@apollo/client';

/** One thing the api refused, as it said it: its code, its message for the person, the input field at fault. */
export interface ApiProblem {
  readonly code: string | undefined;
  readonly message: string;
  /** The input field named by the api (`extensions.field`), when it named one. */
  readonly field: string | undefined;
}

/** Codes that mean "the service failed", not "your input was refused": a page says so in general words. */
const FAILURES = new Set(['INTERNAL_SERVER_ERROR', 'NOT_SAVED', 'UNAUTHENTICATED']);

/**
 * The api's refusals in a mutation's error, one per message (input validation lists several), or undefined
 * when the error is not a refusal (the api failed, or could not be reached).
 */
export function apiProblems(error: unknown): ApiProblem[] | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const problems: ApiProblem[] = [];
  for (const graphqlError of error.errors) {
    const code = typeof graphqlError.extensions?.['code'] === 'string' ? graphqlError.extensions['code'] : undefined;
    if (code === undefined || FAILURES.has(code)) return undefined;
    const field = typeof graphqlError.extensions?.['field'] === 'string' ? graphqlError.extensions['field'] : undefined;
    const listed = graphqlError.extensions?.['problems'];
    const messages =
      Array.isArray(listed) && listed.length > 0 && listed.every((item) => typeof item === 'string') ? (listed as string[]) : [graphqlError.message];
    for (const message of messages) problems.push({ code, message, field });
  }
  return problems.length === 0 ? undefined : problems;
}
