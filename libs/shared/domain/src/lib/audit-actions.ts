import type { OperationAction } from './operations.js';

/**
 * Every action Liaise writes on an audit trail, `area.event`. The api may write no other (the audit service
 * takes only these), and the audit trail's page must name each one in plain words (its messages are typed
 * by this list), so a manager reading the trail never meets a code.
 */
export const AUDIT_ACTIONS = [
  'auth.sign-in',
  'auth.sign-in-failed',
  'auth.sign-out',
  'auth.signed-out-everywhere',
  'auth.second-factor-verified',
  'auth.second-factor-failed',
  'auth.two-factor-enrolled',
  'auth.recovery-code-used',
  'auth.password-changed',
  'organisation.created',
  'organisation.updated',
  'organisation.suspended',
  'organisation.reactivated',
  'organisation.administrator-invited',
  'people.invited',
  'people.invitation-revoked',
  'people.joined',
  'people.join-refused',
  'people.role-changed',
  'people.disabled',
  'people.enabled',
  'people.password-reset-requested',
  'people.password-reset',
  'people.password-reset-refused',
  'partnership.proposed',
  'partnership.accepted',
  'partnership.declined',
  'partnership.suspended',
  'partnership.resumed',
  'partnership.ended',
  'partnership.agreement-updated',
  'training.record-added',
  'training.record-updated',
  'training.record-removed',
  'notification.email-preference-changed',
  'operation.created',
  'operation.updated',
  'operation.checklist-answered',
  'operation.checklist-item-added',
  'operation.checklist-item-retired',
  'operation.mark-ready',
  'operation.reopen',
  'operation.notify-partners',
  'operation.start',
  'operation.complete',
  'operation.begin-follow-up',
  'operation.close',
  'operation.cancel',
  'operation.details-released-early',
  'operation.details-disclosed',
  'operation.officers-named',
  'operation.force-attendance-recorded',
  'operation.partner-attendance-recorded',
  'invitation.sent',
  'invitation.accepted',
  'invitation.declined',
  'invitation.withdrawn',
  'invitation.acceptance-withdrawn',
  'invitation.expired',
  'invitation.cancelled',
  'invitation.training-flagged',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The audit action of a lifecycle move: `operation.mark-ready`, `operation.begin-follow-up`. */
export const OPERATION_TRANSITION_AUDIT_ACTIONS: Readonly<Record<OperationAction, AuditAction>> = {
  MARK_READY: 'operation.mark-ready',
  REOPEN: 'operation.reopen',
  NOTIFY_PARTNERS: 'operation.notify-partners',
  START: 'operation.start',
  COMPLETE: 'operation.complete',
  BEGIN_FOLLOW_UP: 'operation.begin-follow-up',
  CLOSE: 'operation.close',
  CANCEL: 'operation.cancel',
};
