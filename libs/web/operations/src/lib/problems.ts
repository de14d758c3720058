import { refusalMessages } from '@liaise/web-graphql';

// The form plumbing of the operation's steps and page, which share StepLayout with the details step: they
// move to useFormProblems with the details step and the operation page (being split on structure/web-pages),
// and this file goes with them.

/** Something wrong with a form, and the id of the field to link to (none: about the form as a whole). */
export interface Problem {
  readonly field?: string;
  readonly message: string;
}

/** A form's attempts: each failed one shows the error summary anew (it takes the focus). */
export interface Attempt {
  readonly failed: number;
  readonly problems: readonly Problem[];
  /** The api refused the save because someone else had changed the operation first. */
  readonly stale?: boolean;
}

export const NO_ATTEMPT: Attempt = { failed: 0, problems: [] };

/**
 * The api's refusal as problems, each on the field the api named or `fieldOf` recognises in its message;
 * undefined when the service failed rather than refused.
 */
export function problemsOf(error: unknown, fieldOf: (message: string, named: string | undefined) => string | undefined = () => undefined): Problem[] | undefined {
  return refusalMessages(error)?.map((problem) => ({ field: fieldOf(problem.message, problem.field), message: problem.message }));
}

/** True when the api refused a change because the operation changed since it was read. */
export function isStale(error: unknown): boolean {
  return refusalMessages(error)?.some((problem) => problem.code === 'STALE') === true;
}
