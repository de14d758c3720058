import type { ErrorCode } from '@liaise/shared-domain';

/**
 * An expected refusal, with a stable code for the web and a plain message for the person. Thrown by
 * services; the GraphQL layer turns it into an error with `extensions.code` (and `extensions.field` when
 * one input is at fault). Anything else that escapes is reported as an internal error, never echoed.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Not found, and no access, look the same: a refusal never confirms that something exists. */
export class NotFoundError extends DomainError {
  constructor() {
    super('NOT_FOUND', 'Not found');
  }
}
