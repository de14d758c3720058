import { CombinedGraphQLErrors } from '@apollo/client';
import { isErrorCode, type ErrorCode, type Problem, type ProblemParams } from '@liaise/shared-domain';

/** Codes that mean "the service failed", not "your input was refused": a page says so in general words. */
const FAILURES = new Set(['INTERNAL_SERVER_ERROR', 'NOT_SAVED', 'UNAUTHENTICATED']);

type Extensions = Readonly<Record<string, unknown>> | undefined;

const stringOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

function paramsOf(value: unknown): ProblemParams | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number');
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** One problem as the refusal contract (`RefusalExtensions`) describes it; undefined for a code this web does not know. */
function problemOf(code: unknown, field: unknown, params: unknown): Problem | undefined {
  if (!isErrorCode(code)) return undefined;
  const named = stringOf(field);
  const values = paramsOf(params);
  return { code, ...(named === undefined ? {} : { field: named }), ...(values === undefined ? {} : { params: values }) };
}

/** The problems of one GraphQL error: each listed one that the contract describes, else the error's own. */
function problemsOfError(extensions: Extensions): Problem[] | undefined {
  const listed = Array.isArray(extensions?.['problems']) ? (extensions['problems'] as unknown[]) : [];
  const described = listed.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { code, field, params } = item as Readonly<Record<string, unknown>>;
    return [problemOf(code, field, params)];
  });
  if (described.length > 0) return described.every((problem) => problem !== undefined) ? described : undefined;
  const own = problemOf(extensions?.['code'], extensions?.['field'], extensions?.['params']);
  return own === undefined ? undefined : [own];
}

/**
 * The api's refusal in a mutation's or query's error, as problems (code, field, params) read from each
 * GraphQL error's `extensions` (`RefusalExtensions`); never its English `message`, which is for other
 * clients. Undefined when the error is not a refusal this web understands: the api failed or could not be
 * reached, or answered with a code this web does not know (an older or newer api). A form then shows
 * general words (`useFormProblems().fail(undefined)`).
 */
export function apiProblems(error: unknown): Problem[] | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const problems: Problem[] = [];
  for (const graphqlError of error.errors) {
    const code = graphqlError.extensions?.['code'];
    if (typeof code !== 'string' || FAILURES.has(code)) return undefined;
    const ofError = problemsOfError(graphqlError.extensions);
    if (ofError === undefined) return undefined;
    problems.push(...ofError);
  }
  return problems.length === 0 ? undefined : problems;
}

/** True when the api refused with this code (such as `STALE`, or `NOT_FOUND` for an id it does not show). */
export function isRefusedWith(error: unknown, code: ErrorCode): boolean {
  return apiProblems(error)?.some((problem) => problem.code === code) === true;
}
