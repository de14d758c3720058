import type { InvitationStatus, OperationState } from '@liaise/shared-domain';

/** Operation states in which attendance is recorded. */
export const ATTENDANCE_OPERATION_STATES: readonly OperationState[] = ['COMPLETED', 'FOLLOW_UP'];

/** Longest reason for declining or withdrawing. */
export const MAX_INVITATION_REASON_LENGTH = 1000;

/** Most people one partner may name to attend. */
export const MAX_ATTENDEES = 20;

const STATUS_PHRASES: Readonly<Record<InvitationStatus, string>> = {
  PENDING: 'is waiting for an answer',
  ACCEPTED: 'has already been accepted',
  DECLINED: 'was declined',
  WITHDRAWN: 'was withdrawn by the force',
  ACCEPTANCE_WITHDRAWN: 'had its acceptance withdrawn',
  EXPIRED: 'expired',
  CANCELLED: 'was cancelled with its operation',
};

/** "This invitation was withdrawn by the force", and so on: why an answer is refused. */
export function invitationStatusPhrase(status: InvitationStatus): string {
  return STATUS_PHRASES[status];
}

/** A UK date and time for messages: "2 December 2026 at 14:00". */
export function ukDateTime(at: Date): string {
  const date = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${date} at ${time}`;
}
