import { DomainError } from '@liaise/api-core';
import { isUuid, type OperationState } from '@liaise/shared-domain';

/** States in which the force records its own attendance. */
export const ATTENDANCE_STATES: readonly OperationState[] = ['COMPLETED', 'FOLLOW_UP'];

/** More ids than any force names for one operation: a longer list is refused before it reaches the database. */
const MAX_IDS = 1000;

/** The distinct ids of a list given by a client, or a refusal naming `field` when it is not a list of ids. */
export function distinctIds(ids: unknown, field: string, refusal: string): string[] {
  if (!Array.isArray(ids) || ids.length > MAX_IDS || ids.some((id) => typeof id !== 'string' || !isUuid(id))) {
    throw new DomainError('BAD_USER_INPUT', refusal, field);
  }
  return [...new Set(ids as string[])];
}
