import type { InvitationStatus, OperationState } from '@liaise/shared-domain';

/** What a side may do with an invitation. */
export const INVITATION_ACTIONS = ['ACCEPT', 'DECLINE', 'WITHDRAW', 'WITHDRAW_ACCEPTANCE'] as const;
export type InvitationAction = (typeof INVITATION_ACTIONS)[number];

export type InvitationSide = 'FORCE' | 'PARTNER';

/** Invitations still open: the force may withdraw them, and a cancelled operation cancels them. */
export const OPEN_INVITATION_STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED'];

/** Operation states in which a partner may still answer, or withdraw its acceptance. */
export const ANSWERABLE_OPERATION_STATES: readonly OperationState[] = ['PARTNERS_NOTIFIED', 'IN_PROGRESS'];

/** Operation states in which attendance is recorded. */
export const ATTENDANCE_OPERATION_STATES: readonly OperationState[] = ['COMPLETED', 'FOLLOW_UP'];

/** Longest reason for declining or withdrawing. */
export const MAX_INVITATION_REASON_LENGTH = 1000;

/** Most people one partner may name to attend. */
export const MAX_ATTENDEES = 20;

/**
 * The status as people should see it at `now`: a PENDING invitation whose respond-by time has passed is
 * EXPIRED, even before the expiry worker has swept it.
 */
export function effectiveInvitationStatus(status: InvitationStatus, respondBy: Date, now: Date): InvitationStatus {
  return status === 'PENDING' && now.getTime() >= respondBy.getTime() ? 'EXPIRED' : status;
}

/** What the acting side may do now, given the invitation's effective status and the operation's state. */
export function availableInvitationActions(
  side: InvitationSide,
  status: InvitationStatus,
  operationState: OperationState,
  may: { readonly respond: boolean; readonly manage: boolean },
): InvitationAction[] {
  if (side === 'PARTNER') {
    if (!may.respond || !ANSWERABLE_OPERATION_STATES.includes(operationState)) return [];
    if (status === 'PENDING') return ['ACCEPT', 'DECLINE'];
    if (status === 'ACCEPTED') return ['WITHDRAW_ACCEPTANCE'];
    return [];
  }
  return may.manage && OPEN_INVITATION_STATUSES.includes(status) ? ['WITHDRAW'] : [];
}

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
