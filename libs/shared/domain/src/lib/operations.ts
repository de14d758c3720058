import type { PrincipleKey } from './principles.js';

/**
 * Operations, their lifecycle, the readiness checklist and invitations: the rules both the api and the web
 * apply. The api decides; the web uses the same tables to offer only what the api would allow.
 */

export const OPERATION_TYPES = ['WARRANT', 'PREMISES_VISIT', 'WELFARE_VISIT', 'INTENSIFICATION'] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

export const OPERATION_TYPE_NAMES: Readonly<Record<OperationType, string>> = {
  WARRANT: 'Warrant',
  PREMISES_VISIT: 'Premises visit',
  WELFARE_VISIT: 'Welfare visit',
  INTENSIFICATION: 'Intensification activity',
};

export const OPERATION_STATES = [
  'DRAFT',
  'READY',
  'PARTNERS_NOTIFIED',
  'IN_PROGRESS',
  'COMPLETED',
  'FOLLOW_UP',
  'CLOSED',
  'CANCELLED',
] as const;
export type OperationState = (typeof OPERATION_STATES)[number];

export const OPERATION_STATE_NAMES: Readonly<Record<OperationState, string>> = {
  DRAFT: 'Draft',
  READY: 'Ready',
  PARTNERS_NOTIFIED: 'Partners notified',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  FOLLOW_UP: 'Follow-up',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

/** What can be done to an operation. Notifying partners is its own mutation (it creates the invitations). */
export const OPERATION_ACTIONS = [
  'MARK_READY',
  'REOPEN',
  'NOTIFY_PARTNERS',
  'START',
  'COMPLETE',
  'BEGIN_FOLLOW_UP',
  'CLOSE',
  'CANCEL',
] as const;
export type OperationAction = (typeof OPERATION_ACTIONS)[number];

/**
 * What an operation's history records: every lifecycle move, and the release of its exact details ahead of
 * the disclosure time (which moves nothing: its from and to states are the same).
 */
export const OPERATION_HISTORY_ACTIONS = [...OPERATION_ACTIONS, 'RELEASE_DETAILS_EARLY'] as const;
export type OperationHistoryAction = (typeof OPERATION_HISTORY_ACTIONS)[number];

const MOVES: Readonly<Record<OperationAction, { from: readonly OperationState[]; to: OperationState }>> = {
  MARK_READY: { from: ['DRAFT'], to: 'READY' },
  REOPEN: { from: ['READY'], to: 'DRAFT' },
  NOTIFY_PARTNERS: { from: ['READY'], to: 'PARTNERS_NOTIFIED' },
  START: { from: ['PARTNERS_NOTIFIED'], to: 'IN_PROGRESS' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED' },
  BEGIN_FOLLOW_UP: { from: ['COMPLETED'], to: 'FOLLOW_UP' },
  CLOSE: { from: ['FOLLOW_UP'], to: 'CLOSED' },
  // From any state before completed; partners who were invited are told.
  CANCEL: { from: ['DRAFT', 'READY', 'PARTNERS_NOTIFIED', 'IN_PROGRESS'], to: 'CANCELLED' },
};

const ACTION_WORDS: Readonly<Record<OperationAction, string>> = {
  MARK_READY: 'marked ready',
  REOPEN: 'reopened as a draft',
  NOTIFY_PARTNERS: 'used to notify partners',
  START: 'started',
  COMPLETE: 'completed',
  BEGIN_FOLLOW_UP: 'moved to follow-up',
  CLOSE: 'closed',
  CANCEL: 'cancelled',
};

/** Actions that must carry a written reason. */
export const ACTIONS_NEEDING_A_REASON: readonly OperationAction[] = ['CANCEL', 'REOPEN'];

export type TransitionResult = { readonly ok: true; readonly to: OperationState } | { readonly ok: false; readonly message: string };

/** Whether `action` may be taken on an operation in state `from`, and where it leads; a refusal says why. */
export function operationTransition(from: OperationState, action: OperationAction): TransitionResult {
  const move = MOVES[action];
  if (move.from.includes(from)) return { ok: true, to: move.to };
  const state = OPERATION_STATE_NAMES[from].toLowerCase();
  const allowed = move.from.map((s) => OPERATION_STATE_NAMES[s].toLowerCase()).join(' or ');
  return { ok: false, message: `An operation that is ${state} cannot be ${ACTION_WORDS[action]}: only one that is ${allowed} can.` };
}

/** The actions open to an operation in `state`, in lifecycle order. */
export function availableOperationActions(state: OperationState): OperationAction[] {
  return OPERATION_ACTIONS.filter((action) => MOVES[action].from.includes(state));
}

/** Operation details may be edited only before the operation starts. */
export const EDITABLE_OPERATION_STATES: readonly OperationState[] = ['DRAFT', 'READY', 'PARTNERS_NOTIFIED'];

export const MEDIA_DECISIONS = ['NO_MEDIA', 'BY_AGREEMENT'] as const;
export type MediaDecision = (typeof MEDIA_DECISIONS)[number];

/** Disclosure of the exact addresses, start time and briefing point starts this long before the start. */
export const DEFAULT_DISCLOSURE_HOURS = 12;

/** States in which disclosed details are shown to the named attendees of accepting partners. */
export const DISCLOSING_STATES: readonly OperationState[] = ['PARTNERS_NOTIFIED', 'IN_PROGRESS'];

export const CHECKLIST_ANSWERS = ['MET', 'NOT_MET', 'NOT_APPLICABLE'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

/** Answers that must carry a written reason. */
export const CHECKLIST_ANSWERS_NEEDING_A_REASON: readonly ChecklistAnswer[] = ['NOT_MET', 'NOT_APPLICABLE'];

export interface ChecklistItemDefinition {
  /** Stable key: a principle's key for the built-in items, `custom-<uuid>` for a force's own. */
  readonly key: string;
  readonly title: string;
  readonly hint: string;
  readonly principle: PrincipleKey | null;
}

/** The readiness checklist every operation answers: the note's points. A force may add its own items. */
export const BUILT_IN_CHECKLIST_ITEMS: readonly ChecklistItemDefinition[] = [
  { key: 'media', principle: 'media', title: 'Media', hint: 'No filming of people removed from premises; any media presence agreed with the safeguarding lead.' },
  { key: 'safeguarding', principle: 'safeguarding', title: 'Safeguarding and dependents', hint: 'A named safeguarding lead, and arrangements made for any dependents or family expected.' },
  { key: 'proportionality', principle: 'proportionality', title: 'Proportionality communicated to partners', hint: 'A statement written for partners explains why this response is proportionate.' },
  { key: 'female-officers', principle: 'female-officers', title: 'Female officers', hint: 'Female officers attend; if none can, the reason is written down.' },
  { key: 'dignity', principle: 'dignity', title: 'Dignity', hint: 'People present are given time and privacy to dress or change.' },
  { key: 'languages', principle: 'languages', title: 'Languages and identification', hint: 'Information and identification material in the languages expected.' },
  { key: 'msht-training', principle: 'msht-training', title: 'MSHT training', hint: 'Everyone attending, from every organisation, has current modern slavery and human trafficking training.' },
  { key: 'outreach-liaison', principle: 'outreach-liaison', title: 'Outreach liaison', hint: 'Local outreach projects have been contacted and invited to attend, with follow-up agreed.' },
  { key: 'professional-conduct', principle: 'professional-conduct', title: 'Professional conduct briefing', hint: 'Everyone attending is briefed on professional conduct and language.' },
  { key: 'longer-term-plan', principle: 'longer-term-plan', title: 'Part of a longer-term plan', hint: 'The operation is part of a longer-term plan agreed with local partners.' },
];

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'ACCEPTANCE_WITHDRAWN', 'EXPIRED', 'CANCELLED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const INVITATION_STATUS_NAMES: Readonly<Record<InvitationStatus, string>> = {
  PENDING: 'Awaiting answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn by the force',
  ACCEPTANCE_WITHDRAWN: 'Acceptance withdrawn',
  EXPIRED: 'Expired',
  CANCELLED: 'Operation cancelled',
};

/** What can be done with an invitation: the partner accepts, declines or withdraws its acceptance; the force withdraws it. */
export const INVITATION_ACTIONS = ['ACCEPT', 'DECLINE', 'WITHDRAW', 'WITHDRAW_ACCEPTANCE'] as const;
export type InvitationAction = (typeof INVITATION_ACTIONS)[number];

/** The side of an invitation someone acts for. */
export type InvitationSide = 'FORCE' | 'PARTNER';

/** Invitations still open: the force may withdraw them, and a cancelled operation cancels them. */
export const OPEN_INVITATION_STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED'];

export interface InvitationActionRule {
  readonly side: InvitationSide;
  /** The invitation's effective status (see `effectiveInvitationStatus`) it may be taken from. */
  readonly statuses: readonly InvitationStatus[];
  /** The operation's states it may be taken in. */
  readonly operationStates: readonly OperationState[];
}

/**
 * When each action may be taken. The api refuses anything else, and offers (as an invitation's
 * `availableActions`) exactly what this allows. A partner answers until the operation is completed, but
 * withdraws an acceptance only until the operation starts: from then on its named people are expected there,
 * and their attendance is recorded against the acceptance. The force withdraws an open invitation until the
 * operation is completed.
 */
export const INVITATION_ACTION_RULES: Readonly<Record<InvitationAction, InvitationActionRule>> = {
  ACCEPT: { side: 'PARTNER', statuses: ['PENDING'], operationStates: ['PARTNERS_NOTIFIED', 'IN_PROGRESS'] },
  DECLINE: { side: 'PARTNER', statuses: ['PENDING'], operationStates: ['PARTNERS_NOTIFIED', 'IN_PROGRESS'] },
  WITHDRAW_ACCEPTANCE: { side: 'PARTNER', statuses: ['ACCEPTED'], operationStates: ['PARTNERS_NOTIFIED'] },
  WITHDRAW: { side: 'FORCE', statuses: OPEN_INVITATION_STATUSES, operationStates: ['PARTNERS_NOTIFIED', 'IN_PROGRESS'] },
};

/**
 * The status as people should see it at `now`: a PENDING invitation whose respond-by time has passed is
 * EXPIRED, even before the expiry worker has swept it.
 */
export function effectiveInvitationStatus(status: InvitationStatus, respondBy: Date, now: Date): InvitationStatus {
  return status === 'PENDING' && now.getTime() >= respondBy.getTime() ? 'EXPIRED' : status;
}

/**
 * What someone acting for `side` may do now with an invitation in (effective) `status` to an operation in
 * `operationState`; `may` says whether their role may answer invitations (the partner's actions) and manage
 * operations (the force's).
 */
export function availableInvitationActions(
  side: InvitationSide,
  status: InvitationStatus,
  operationState: OperationState,
  may: { readonly respond: boolean; readonly manage: boolean },
): InvitationAction[] {
  if (!(side === 'PARTNER' ? may.respond : may.manage)) return [];
  return INVITATION_ACTIONS.filter((action) => {
    const rule = INVITATION_ACTION_RULES[action];
    return rule.side === side && rule.statuses.includes(status) && rule.operationStates.includes(operationState);
  });
}

/**
 * Events a person can be told about. In-app notifications and e-mails say only that something needs
 * attention and link back: never an address, a time or an operation's reference (DOMAIN.md, minimal e-mail).
 */
export const NOTIFICATION_EVENTS = [
  'INVITATION_RECEIVED',
  'INVITATION_ACCEPTED',
  'INVITATION_DECLINED',
  'INVITATION_WITHDRAWN',
  'ACCEPTANCE_WITHDRAWN',
  'INVITATION_EXPIRED',
  'OPERATION_CANCELLED',
  'DETAILS_RELEASED',
  'TRAINING_FLAGGED',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_TEXT: Readonly<Record<NotificationEvent, string>> = {
  INVITATION_RECEIVED: 'Your organisation has been invited to attend an operation. It needs an answer.',
  INVITATION_ACCEPTED: 'A partner accepted an invitation to one of your operations.',
  INVITATION_DECLINED: 'A partner declined an invitation to one of your operations.',
  INVITATION_WITHDRAWN: 'A force withdrew an invitation to your organisation.',
  ACCEPTANCE_WITHDRAWN: 'A partner withdrew its acceptance of an invitation to one of your operations.',
  INVITATION_EXPIRED: 'An invitation expired without an answer.',
  OPERATION_CANCELLED: 'An operation your organisation was invited to has been cancelled.',
  DETAILS_RELEASED: 'Details of an operation you are attending are now available in Liaise.',
  TRAINING_FLAGGED: 'Someone named to attend an operation has no current MSHT training.',
};
