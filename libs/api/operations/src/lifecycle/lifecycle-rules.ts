import { DomainError } from '@liaise/api-core';
import { ACTIONS_NEEDING_A_REASON, OPERATION_STATE_NAMES, type OperationAction, type OperationState } from '@liaise/shared-domain';
import { LIMITS } from '../limits.js';

/** A state as a sentence says it: "in progress". */
export const stateWords = (state: OperationState) => OPERATION_STATE_NAMES[state].toLowerCase();

const tooLong = () => new DomainError('BAD_USER_INPUT', `Reason must be ${LIMITS.reason} characters or fewer`, 'reason');

/** The reason for a move, trimmed (null: none given), or a refusal: cancelling and reopening need one. */
export function transitionReason(action: OperationAction, reason: string | null | undefined): string | null {
  const trimmed = typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : null;
  if (ACTIONS_NEEDING_A_REASON.includes(action) && trimmed === null) {
    throw new DomainError('REASON_REQUIRED', `Enter the reason the operation is being ${action === 'CANCEL' ? 'cancelled' : 'reopened'}`, 'reason');
  }
  if (trimmed !== null && trimmed.length > LIMITS.reason) throw tooLong();
  return trimmed;
}

/** The reason for releasing the details early, trimmed, or a refusal. */
export function releaseReason(reason: unknown): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed === '') throw new DomainError('REASON_REQUIRED', 'Enter the reason the details are being released early', 'reason');
  if (trimmed.length > LIMITS.reason) throw tooLong();
  return trimmed;
}

/** The refusal of a move that needs the whole checklist answered, while `unanswered` items are not. */
export function checklistIncomplete(action: 'MARK_READY' | 'NOTIFY_PARTNERS', unanswered: number): DomainError {
  return new DomainError(
    'CHECKLIST_INCOMPLETE',
    `Answer every checklist item before ${action === 'MARK_READY' ? 'marking the operation ready' : 'notifying partners'}: ${unanswered} still unanswered`,
  );
}

/** Now, or just after the operation's last move, so the history's order never depends on a tie. */
export function nextTransitionTime(now: Date, last: Date | null): Date {
  return last !== null && last.getTime() >= now.getTime() ? new Date(last.getTime() + 1) : now;
}
