import { refusalMessages } from '@liaise/web-graphql';

/** Something to put right, and the field it is about (none: the form as a whole, or the link followed). */
export interface Problem<F extends string = string> {
  readonly field?: F;
  readonly message: string;
  /** The api's code, when the api said it. */
  readonly code?: string;
}

/**
 * The api's refusal of a form as problems to show on its fields: a refusal names its field; input validation
 * does not, and `fieldOf` says which field each of its messages is about. One message a field: the first is
 * enough to put right. Undefined when the service failed or could not be reached.
 */
export function formProblems<F extends string>(error: unknown, fieldOf: (message: string) => F | undefined): Problem<F>[] | undefined {
  const refused = refusalMessages(error);
  if (refused === undefined) return undefined;
  const problems: Problem<F>[] = [];
  for (const { code, message, field: named } of refused) {
    const field = named === undefined ? fieldOf(message) : (named as F);
    if (field !== undefined && problems.some((problem) => problem.field === field)) continue;
    problems.push({ field, message, code });
  }
  return problems;
}
