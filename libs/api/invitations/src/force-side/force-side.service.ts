import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, type RequestAuth } from '@liaise/api-core';
import { NotificationsService } from '@liaise/api-notifications';
import { OperationsService, type Operation, type OperationView } from '@liaise/api-operations';
import { PartnershipService } from '@liaise/api-partnerships';
import { effectiveInvitationStatus, INVITATION_ACTION_RULES, isUuid, OPERATION_STATE_NAMES, type OperationState, operationTransition } from '@liaise/shared-domain';
import { AttendeeRepository } from '../data/attendee.repository.js';
import { InvitationRepository } from '../data/invitation.repository.js';
import { PartiesRepository } from '../data/parties.repository.js';
import { bothTrails, expiredEntry, invitationEntry, toPartner } from '../invitation-effects.js';
import {
  ATTENDANCE_OPERATION_STATES,
  badInput,
  checkRespondBy,
  cleanReason,
  closedInvitation,
  repeatedPartner,
  sideOf,
  strangerInAttendance,
  visibleTo,
} from '../invitation-rules.js';
import type { Invitation } from '../invitation.entity.js';
import type { InvitationView } from '../invitation.types.js';
import type { OperationAttendee } from '../operation-attendee.entity.js';
import { InvitationViews } from '../views/invitation-views.service.js';

export interface InvitePartnerValues {
  readonly partnerOrganisationId: string;
  readonly respondBy: Date;
}

export interface AttendanceValues {
  readonly userId: string;
  readonly attended: boolean;
}

/**
 * The force's side of invitations: it invites partners in active partnerships to its operation, invites one
 * more, withdraws an invitation, records who attended; cancelling the operation cancels its open invitations,
 * and releasing its details early tells the named attendees. Each change goes on both organisations' trails.
 */
@Injectable()
export class ForceSideService implements OnModuleInit {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly attendees: AttendeeRepository,
    private readonly parties: PartiesRepository,
    private readonly operations: OperationsService,
    private readonly partnerships: PartnershipService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly views: InvitationViews,
  ) {}

  onModuleInit(): void {
    this.operations.onTransition((manager, auth, operation, _fromState, toState) => this.operationMoved(manager, auth, operation, toState));
    this.operations.onRelease((manager, _auth, operation) => this.detailsReleased(manager, operation));
  }

  /**
   * Invites partners to a READY operation and moves it to PARTNERS_NOTIFIED. Refused, with nothing changed,
   * when the operation moved on since `version`, the checklist is not complete, no partner is chosen, a
   * partner is not in an active partnership with the force, a partner is chosen twice, or a respond-by time
   * is not in the future and before the start.
   */
  async notifyPartners(
    manager: EntityManager,
    auth: RequestAuth,
    operationId: string,
    version: number,
    invitations: readonly InvitePartnerValues[],
  ): Promise<OperationView> {
    const operation = await this.operations.lockOwned(manager, auth, operationId, version);
    // Still being planned: the unanswered checklist is what stands in the way, so say that first.
    if (operation.state === 'DRAFT' || operation.state === 'READY') {
      const unanswered = await this.operations.unansweredChecklistItems(manager, operation.id);
      if (unanswered > 0) {
        throw new DomainError(
          'CHECKLIST_INCOMPLETE',
          `Answer every checklist item before notifying partners: ${unanswered === 1 ? '1 item is' : `${unanswered} items are`} still unanswered`,
        );
      }
    }
    const move = operationTransition(operation.state, 'NOTIFY_PARTNERS');
    if (!move.ok) throw new DomainError('INVALID_TRANSITION', move.message);
    const repeated = repeatedPartner(invitations);
    if (repeated !== undefined) {
      const name = (await this.parties.partnershipNames(manager, [repeated])).get(repeated);
      throw badInput(`You chose ${name ?? 'the same partner'} twice: invite each partner once`, 'invitations');
    }
    for (const invitation of invitations) await this.checkInvite(manager, auth, operation, invitation);

    const moved = await this.operations.applyTransition(manager, auth, operation, 'NOTIFY_PARTNERS', null);
    for (const invitation of invitations) await this.send(manager, auth, moved, invitation);
    return this.operations.view(manager, auth, moved.id);
  }

  /** Invites one more partner to an operation whose partners have been notified. */
  async invitePartner(manager: EntityManager, auth: RequestAuth, operationId: string, input: InvitePartnerValues): Promise<InvitationView> {
    const operation = await this.operations.getOwned(manager, auth, operationId);
    if (operation.state !== 'PARTNERS_NOTIFIED') {
      throw new DomainError(
        'INVALID_STATE',
        operation.state === 'READY' || operation.state === 'DRAFT'
          ? 'Notify partners first: choose the partners to invite when the operation is ready.'
          : `A partner can be invited only while partners are being notified: this operation is ${OPERATION_STATE_NAMES[operation.state].toLowerCase()}.`,
      );
    }
    await this.checkInvite(manager, auth, operation, input);
    const open = await this.invitations.findOpen(manager, operation.id, input.partnerOrganisationId);
    if (open !== null && effectiveInvitationStatus(open.status, open.respondBy, this.clock.now()) !== 'EXPIRED') {
      throw await this.alreadyInvited(manager, input.partnerOrganisationId);
    }
    // Found past its respond-by time before the worker swept it: expire it now.
    if (open !== null) {
      await this.invitations.moveStatus(manager, open, 'PENDING', { status: 'EXPIRED', statusChangedAt: this.clock.now() });
      await this.audit.recordForBoth(manager, bothTrails(open), expiredEntry(open.id, open.operationId));
    }
    return this.views.get(manager, auth, await this.send(manager, auth, operation, input));
  }

  /** The force withdraws an open invitation, with a reason; the partner's named attendees are removed. */
  async withdraw(manager: EntityManager, auth: RequestAuth, id: string, reason: string): Promise<InvitationView> {
    const row = visibleTo(await this.invitations.findById(manager, id), auth);
    if (sideOf(row, auth) !== 'FORCE') {
      throw new DomainError('NOT_THE_FORCE', 'Only the force can withdraw an invitation. To say you will not attend, decline it or withdraw your acceptance.');
    }
    const operation = await this.operations.getOwned(manager, auth, row.operationId);
    const now = this.clock.now();
    const status = effectiveInvitationStatus(row.status, row.respondBy, now);
    if (!INVITATION_ACTION_RULES.WITHDRAW.statuses.includes(status)) throw closedInvitation(row.respondBy, status);
    if (!INVITATION_ACTION_RULES.WITHDRAW.operationStates.includes(operation.state)) {
      throw new DomainError(
        'INVALID_STATE',
        `An invitation can be withdrawn only until the operation is completed: this one is ${OPERATION_STATE_NAMES[operation.state].toLowerCase()}.`,
      );
    }
    const text = cleanReason(reason, 'the invitation is being withdrawn');
    await this.invitations.moveStatus(manager, row, status, { status: 'WITHDRAWN', reason: text, statusChangedAt: now, operationStateAtClose: operation.state });
    await this.attendees.removeFor(manager, row.id);
    await this.audit.recordForBoth(manager, bothTrails(row), invitationEntry(auth, row, 'invitation.withdrawn', { from: status, reason: text }));
    await this.notifications.notify(manager, toPartner(row, 'INVITATION_WITHDRAWN'));
    return this.views.get(manager, auth, row.id);
  }

  /** The force records which of the partners' named attendees attended a completed operation. */
  async recordAttendance(manager: EntityManager, auth: RequestAuth, operationId: string, attendance: readonly AttendanceValues[]): Promise<OperationView> {
    const operation = await this.operations.getOwned(manager, auth, operationId);
    if (!ATTENDANCE_OPERATION_STATES.includes(operation.state)) {
      throw new DomainError(
        'INVALID_STATE',
        `Attendance is recorded once the operation is completed: this one is ${OPERATION_STATE_NAMES[operation.state].toLowerCase()}.`,
      );
    }
    const named = new Map((await this.attendees.namedFor(manager, operation.id)).map((attendee) => [attendee.userId, attendee]));
    const stranger = strangerInAttendance(attendance, new Set(named.keys()));
    if (stranger !== undefined) {
      const name = isUuid(stranger) ? (await this.parties.people(manager, [stranger])).get(stranger)?.display_name : undefined;
      throw badInput(`${name ?? 'Someone in the list'} was not named to attend this operation: record attendance for its named attendees only`, 'attendance');
    }
    const attendeeOf = (userId: string) => named.get(userId) as OperationAttendee;
    for (const entry of attendance) await this.attendees.setAttended(manager, attendeeOf(entry.userId), entry.attended);
    const partners = [...new Set(attendance.map((entry) => attendeeOf(entry.userId).organisationId))];
    await this.audit.recordForBoth(manager, [operation.organisationId, ...partners], {
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action: 'operation.partner-attendance-recorded',
      subjectType: 'operation',
      subjectId: operation.id,
      detail: { attendance: attendance.map(({ userId, attended }) => ({ userId, attended })) },
    });
    return this.operations.view(manager, auth, operation.id);
  }

  /** An operation cancelled: its open invitations are cancelled and the partners told. */
  private async operationMoved(manager: EntityManager, auth: RequestAuth, operation: Operation, toState: OperationState): Promise<void> {
    if (toState !== 'CANCELLED') return;
    const open = await this.invitations.openOfOperation(manager, operation.id, operation.organisationId);
    const now = this.clock.now();
    for (const row of open) {
      await this.invitations.moveStatus(manager, row, row.status, { status: 'CANCELLED', statusChangedAt: now });
      await this.audit.recordForBoth(manager, bothTrails(row), invitationEntry(auth, row, 'invitation.cancelled', { from: row.status }));
      await this.notifications.notify(manager, toPartner(row, 'OPERATION_CANCELLED'));
    }
  }

  /** Details released early: the named attendees of accepting partners are told they can see them. */
  private async detailsReleased(manager: EntityManager, operation: Operation): Promise<void> {
    const byInvitation = new Map<string, OperationAttendee[]>();
    for (const attendee of await this.attendees.namedFor(manager, operation.id)) {
      byInvitation.set(attendee.invitationId, [...(byInvitation.get(attendee.invitationId) ?? []), attendee]);
    }
    for (const [invitationId, people] of byInvitation) {
      await this.notifications.notifyUsers(manager, {
        organisationId: (people[0] as OperationAttendee).organisationId,
        userIds: people.map((person) => person.userId),
        event: 'DETAILS_RELEASED',
        subjectType: 'invitation',
        subjectId: invitationId,
      });
    }
  }

  /** Checks one partner to invite: in an active partnership with the force; a respond-by time in the future and before the start. */
  private async checkInvite(manager: EntityManager, auth: RequestAuth, operation: Operation, input: InvitePartnerValues): Promise<void> {
    const partnerId = input.partnerOrganisationId;
    const known = typeof partnerId === 'string' && isUuid(partnerId) && partnerId !== auth.organisationId;
    const active = known && (await this.partnerships.isActiveBetween(manager, auth.organisationId, partnerId));
    if (!active) {
      // Only a name the force already knows from a partnership of its own: anything else answers as unknown.
      const name = known ? (await this.parties.partnershipNames(manager, [partnerId])).get(partnerId) : undefined;
      throw badInput(
        name === undefined ? 'Choose a partner from your active partnerships' : `${name} is not in an active partnership with you: choose a partner from your active partnerships`,
        'partnerOrganisationId',
      );
    }
    checkRespondBy(input.respondBy, this.clock.now(), operation.plannedStart);
  }

  /** Sends one invitation: stored, audited on both trails, the partner told. */
  private async send(manager: EntityManager, auth: RequestAuth, operation: Operation, input: InvitePartnerValues): Promise<string> {
    const row: Invitation | null = await this.invitations.insertPending(manager, {
      id: randomUUID(),
      operationId: operation.id,
      forceOrganisationId: operation.organisationId,
      partnerOrganisationId: input.partnerOrganisationId,
      respondBy: input.respondBy,
      invitedByUserId: auth.userId,
      createdAt: this.clock.now(),
    });
    if (row === null) throw await this.alreadyInvited(manager, input.partnerOrganisationId);
    await this.audit.recordForBoth(manager, bothTrails(row), invitationEntry(auth, row, 'invitation.sent', { respondBy: row.respondBy.toISOString() }));
    await this.notifications.notify(manager, toPartner(row, 'INVITATION_RECEIVED'));
    return row.id;
  }

  private async alreadyInvited(manager: EntityManager, partnerId: string): Promise<DomainError> {
    const name = (await this.parties.partnershipNames(manager, [partnerId])).get(partnerId) ?? 'This partner';
    return badInput(`${name} already has an open invitation to this operation`, 'partnerOrganisationId');
  }
}
