import type { AuditRecord } from '@liaise/api-audit';
import type { RequestAuth } from '@liaise/api-core';
import type { NotifyRoles } from '@liaise/api-notifications';
import type { AuditAction, NotificationEvent, Role } from '@liaise/shared-domain';
import type { Invitation } from './invitation.entity.js';

/**
 * What a change to an invitation puts on the audit trails and tells people, as values: each service step
 * that causes the change records and sends them itself. Never an operation's address, start time or
 * reference: notifications and e-mails may be read by anyone in the organisation.
 */

/** Who on the partner's side hears about a new, withdrawn or cancelled invitation. */
const PARTNER_ROLES: Role[] = ['OUTREACH_WORKER', 'MANAGER'];
/** Who on the force's side hears about answers. */
const FORCE_ROLES: Role[] = ['LIAISON_OFFICER'];

type Sides = Pick<Invitation, 'forceOrganisationId' | 'partnerOrganisationId'>;

/** The two trails a change to an invitation goes on: the force's, then the partner's. */
export function bothTrails(row: Sides): [string, string] {
  return [row.forceOrganisationId, row.partnerOrganisationId];
}

/** The audit entry for someone's change to an invitation. */
export function invitationEntry(
  auth: RequestAuth,
  row: Pick<Invitation, 'id' | 'operationId' | 'partnerOrganisationId'>,
  action: AuditAction,
  detail: Record<string, unknown>,
): Omit<AuditRecord, 'organisationId'> {
  return {
    actorUserId: auth.userId,
    actorOrganisationId: auth.organisationId,
    action,
    subjectType: 'invitation',
    subjectId: row.id,
    detail: { operationId: row.operationId, partnerOrganisationId: row.partnerOrganisationId, ...detail },
  };
}

/** The audit entry for an invitation that expired unanswered: no one did it. */
export function expiredEntry(invitationId: string, operationId: string): Omit<AuditRecord, 'organisationId'> {
  return { action: 'invitation.expired', subjectType: 'invitation', subjectId: invitationId, detail: { operationId } };
}

/** Tells the force's liaison officers about the invitation, on the operation. */
export function toForce(row: Pick<Invitation, 'id' | 'operationId' | 'forceOrganisationId'>, event: NotificationEvent): NotifyRoles {
  return { organisationId: row.forceOrganisationId, roles: FORCE_ROLES, event, subjectType: 'operation', subjectId: row.operationId, invitationId: row.id };
}

/** Tells the partner's outreach workers and managers about the invitation. */
export function toPartner(row: Pick<Invitation, 'id' | 'partnerOrganisationId'>, event: NotificationEvent): NotifyRoles {
  return { organisationId: row.partnerOrganisationId, roles: PARTNER_ROLES, event, subjectType: 'invitation', subjectId: row.id };
}
