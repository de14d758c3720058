import { refusalMessages } from '@liaise/web-graphql';

/** Something wrong with a form, and the id of the field to link to (none: about the form as a whole). */
export interface Problem {
  readonly field?: string;
  readonly message: string;
}

/** A form's attempts: each failed one shows the error summary anew (it takes the focus). */
export interface Attempt {
  readonly failed: number;
  readonly problems: readonly Problem[];
}

export const NO_ATTEMPT: Attempt = { failed: 0, problems: [] };

/**
 * The api's refusal as problems, each on the field the api named or `fieldOf` recognises in its message;
 * undefined when the service failed rather than refused.
 */
export function problemsOf(error: unknown, fieldOf: (message: string, named: string | undefined) => string | undefined): Problem[] | undefined {
  return refusalMessages(error)?.map((problem) => ({ field: fieldOf(problem.message, problem.field), message: problem.message }));
}
