import { DomainError, NotFoundError, type RequestAuth } from '@liaise/api-core';
import {
  INVITATION_ACTION_RULES,
  INVITATION_STATUSES,
  type InvitationAction,
  type InvitationSide,
  type InvitationStatus,
  OPERATION_STATE_NAMES,
  type OperationState,
} from '@liaise/shared-domain';

/** Operation states in which attendance is recorded. */
export const ATTENDANCE_OPERATION_STATES: readonly OperationState[] = ['COMPLETED', 'FOLLOW_UP'];

/** Longest reason for declining or withdrawing. */
export const MAX_INVITATION_REASON_LENGTH = 1000;

/** Most people one partner may name to attend. */
export const MAX_ATTENDEES = 20;

/** Most partners invited in one go. */
export const MAX_INVITATIONS_AT_ONCE = 20;

export const DEFAULT_INVITATION_PAGE_SIZE = 20;
export const MAX_INVITATION_PAGE_SIZE = 100;

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

export const badInput = (message: string, field?: string) => new DomainError('BAD_USER_INPUT', message, field);

/** Someone else changed the invitation since the person saw it. */
export const staleInvitation = () => new DomainError('STALE', 'This invitation changed while you were looking at it. Check it and try again.');

/** The side of the invitation the acting organisation is on; null when it is on neither. */
export function sideOf(row: { readonly forceOrganisationId: string; readonly partnerOrganisationId: string }, auth: RequestAuth): InvitationSide | null {
  if (auth.organisationId === row.forceOrganisationId) return 'FORCE';
  if (auth.organisationId === row.partnerOrganisationId) return 'PARTNER';
  return null;
}

/** The row, when the acting organisation is one of its sides; NotFound otherwise, as for a row that does not exist. */
export function visibleTo<T extends { readonly forceOrganisationId: string; readonly partnerOrganisationId: string }>(row: T | null, auth: RequestAuth): T {
  if (row === null || sideOf(row, auth) === null) throw new NotFoundError();
  return row;
}

/** The row, when the acting organisation is its partner, the only side that answers. */
export function answerableBy<T extends { readonly forceOrganisationId: string; readonly partnerOrganisationId: string }>(row: T | null, auth: RequestAuth): T {
  if (sideOf(visibleTo(row, auth), auth) !== 'PARTNER') {
    throw new DomainError('NOT_THE_PARTNER', 'Only the invited partner can answer an invitation. The force may withdraw it instead.');
  }
  return row as T;
}

/** Why an invitation in `status` can no longer be answered or changed. */
export function closedInvitation(respondBy: Date, status: InvitationStatus): DomainError {
  if (status === 'EXPIRED') {
    return new DomainError('INVITATION_CLOSED', `This invitation expired at ${ukDateTime(respondBy)} without an answer: it can no longer be answered.`);
  }
  return new DomainError('INVITATION_CLOSED', `This invitation ${invitationStatusPhrase(status)}: it can no longer be answered or changed.`);
}

/** Only an accepted invitation has an acceptance to withdraw. */
export function checkAcceptanceWithdrawable(status: InvitationStatus): void {
  if (INVITATION_ACTION_RULES.WITHDRAW_ACCEPTANCE.statuses.includes(status)) return;
  throw new DomainError(
    'INVITATION_CLOSED',
    status === 'PENDING' ? 'You have not accepted this invitation: decline it instead.' : `This invitation ${invitationStatusPhrase(status)}: only an accepted one can be withdrawn from.`,
  );
}

/**
 * The operation's state allows the partner's `action`: it answers until the operation is completed, and
 * withdraws an acceptance until it starts.
 */
export function checkOperationStateFor(action: InvitationAction, state: OperationState): void {
  if (INVITATION_ACTION_RULES[action].operationStates.includes(state)) return;
  throw new DomainError(
    'INVALID_STATE',
    action === 'WITHDRAW_ACCEPTANCE' && state === 'IN_PROGRESS'
      ? 'This operation is in progress: an acceptance can be withdrawn only until it starts. If your people cannot attend, tell the force directly.'
      : `This operation is ${OPERATION_STATE_NAMES[state].toLowerCase()}: its invitation can no longer be answered or changed.`,
  );
}

/** The reason, trimmed; refused when empty or too long. `what` ends "Enter the reason …". */
export function cleanReason(reason: unknown, what: string): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed === '') throw new DomainError('REASON_REQUIRED', `Enter the reason ${what}`, 'reason');
  if (trimmed.length > MAX_INVITATION_REASON_LENGTH) throw badInput(`Reason must be ${MAX_INVITATION_REASON_LENGTH} characters or fewer`, 'reason');
  return trimmed;
}

/** Between one and MAX_INVITATIONS_AT_ONCE partners; returns the first one chosen twice, if any. */
export function repeatedPartner(invitations: readonly { readonly partnerOrganisationId: string }[]): string | undefined {
  if (!Array.isArray(invitations) || invitations.length === 0) throw badInput('Choose at least one partner to invite', 'invitations');
  if (invitations.length > MAX_INVITATIONS_AT_ONCE) throw badInput(`Invite at most ${MAX_INVITATIONS_AT_ONCE} partners at a time`, 'invitations');
  const seen = new Set<string>();
  for (const { partnerOrganisationId: id } of invitations) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** A respond-by time in the future and before the operation starts. */
export function checkRespondBy(respondBy: unknown, now: Date, plannedStart: Date): void {
  if (!(respondBy instanceof Date) || Number.isNaN(respondBy.getTime())) throw badInput('Enter the respond-by time as a date and time', 'respondBy');
  if (respondBy.getTime() <= now.getTime()) throw badInput('The respond-by time must be in the future', 'respondBy');
  if (respondBy.getTime() >= plannedStart.getTime()) throw badInput('The respond-by time must be before the operation starts', 'respondBy');
}

/**
 * Checks the attendance entries in order against the named attendees: each says yes or no, names a person
 * once. Returns the first person not named to attend, whom the caller refuses by name; undefined when all were.
 */
export function strangerInAttendance(attendance: readonly { readonly userId: string; readonly attended: unknown }[], named: ReadonlySet<string>): string | undefined {
  if (!Array.isArray(attendance) || attendance.length === 0) throw badInput('Say who attended', 'attendance');
  const seen = new Set<string>();
  for (const entry of attendance) {
    if (typeof entry.attended !== 'boolean') throw badInput('Say whether each person attended', 'attendance');
    if (seen.has(entry.userId)) throw badInput('Each person may appear once in the attendance', 'attendance');
    seen.add(entry.userId);
    if (!named.has(entry.userId)) return entry.userId;
  }
  return undefined;
}

/** The people named to attend, once each: at least one, at most MAX_ATTENDEES. */
export function attendeeIds(userIds: readonly string[]): string[] {
  if (!Array.isArray(userIds) || userIds.length === 0) throw badInput('Name at least one person from your organisation who will attend', 'attendeeUserIds');
  const ids = [...new Set(userIds)];
  if (ids.length > MAX_ATTENDEES) throw badInput(`Name at most ${MAX_ATTENDEES} people`, 'attendeeUserIds');
  return ids;
}

/** Each of `ids` is an active account of the acting organisation (`accounts`: those row-level security shows). */
export function checkAttendeesActive(ids: readonly string[], accounts: ReadonlyMap<string, { readonly displayName: string; readonly status: string }>): void {
  for (const id of ids) {
    const person = accounts.get(id);
    if (person === undefined) throw badInput('Someone you named is not one of your organisation’s people: choose attendees from your colleagues', 'attendeeUserIds');
    if (person.status !== 'ACTIVE') {
      throw badInput(`${person.displayName} is not one of your organisation’s people any more: choose attendees from your active colleagues`, 'attendeeUserIds');
    }
  }
}

/** The page size asked for, between 1 and MAX_INVITATION_PAGE_SIZE (DEFAULT_INVITATION_PAGE_SIZE when not given). */
export function invitationPageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_INVITATION_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_INVITATION_PAGE_SIZE) {
    throw badInput(`Ask for between 1 and ${MAX_INVITATION_PAGE_SIZE} invitations at a time`, 'first');
  }
  return size;
}

/** The statuses to list, each one of INVITATION_STATUSES; none means all. */
export function invitationStatusFilter(statuses: readonly InvitationStatus[] | null | undefined): readonly InvitationStatus[] {
  const wanted = statuses ?? [];
  if (wanted.some((status) => !INVITATION_STATUSES.includes(status))) throw badInput('Choose statuses from the list', 'statuses');
  return wanted;
}
