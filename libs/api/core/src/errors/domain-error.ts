import type { ErrorCode, ProblemParams, WordedProblem } from '@liaise/shared-domain';

/**
 * An expected refusal, with a stable code for the web and a plain message for the person. Thrown by
 * services; the GraphQL layer turns it into `RefusalExtensions` (`extensions.field` when one input is at
 * fault, `params` for the words' values, `problems` when input was checked field by field). Anything else
 * that escapes is reported as an internal error, never echoed.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly params?: ProblemParams,
    readonly problems?: readonly WordedProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * Refuses input on every problem found with it, each with its words: the message, field and params are the
 * first problem's, so that a client without codes reads the same sentence as before.
 */
export function refusalOf(problems: readonly [WordedProblem, ...WordedProblem[]]): DomainError {
  const [first] = problems;
  return new DomainError('BAD_USER_INPUT', first.message, first.field, first.params, problems);
}

/** Not found, and no access, look the same: a refusal never confirms that something exists. */
export class NotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'Not found');
  }
}
