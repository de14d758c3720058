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
    const listed = listedProblems(graphqlError.extensions?.['problems']);
    if (listed.length === 0) problems.push({ code, message: graphqlError.message, field });
    for (const problem of listed) problems.push({ code, message: problem.message, field: problem.field ?? field });
  }
  return problems.length === 0 ? undefined : problems;
}

/** The problems a refusal lists (`extensions.problems`), each with its words and the field it names. */
export function listedProblems(listed: unknown): { readonly message: string; readonly field?: string }[] {
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null || !('message' in item) || typeof item.message !== 'string') return [];
    return [{ message: item.message, ...('field' in item && typeof item.field === 'string' ? { field: item.field } : {}) }];
  });
}
