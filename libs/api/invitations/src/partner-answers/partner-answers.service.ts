import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { AccountDirectory } from '@liaise/api-auth';
import { Clock, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { NotificationsService } from '@liaise/api-notifications';
import { TrainingService } from '@liaise/api-training';
import { effectiveInvitationStatus, INVITATION_ACTION_RULES, type InvitationAction, isUuid, type OperationState } from '@liaise/shared-domain';
import { AttendeeRepository } from '../data/attendee.repository.js';
import { InvitationRepository } from '../data/invitation.repository.js';
import { InvitedOperationRepository } from '../data/invited-operation.repository.js';
import { bothTrails, invitationEntry, toForce } from '../invitation-effects.js';
import {
  answerableBy,
  attendeeIds,
  checkAcceptanceWithdrawable,
  checkAttendeesActive,
  checkOperationStateFor,
  cleanReason,
  closedInvitation,
  staleInvitation,
} from '../invitation-rules.js';
import type { Invitation } from '../invitation.entity.js';
import type { Colleague, InvitationView } from '../invitation.types.js';
import { InvitationViews } from '../views/invitation-views.service.js';

/**
 * The partner's answers to an invitation: it accepts naming which of its active people will attend, declines
 * with a reason, or withdraws its acceptance with a reason. Each answer goes on both organisations' trails and
 * the force's liaison officers are told.
 */
@Injectable()
export class PartnerAnswersService {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly attendees: AttendeeRepository,
    private readonly operations: InvitedOperationRepository,
    private readonly accounts: AccountDirectory,
    private readonly training: TrainingService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly views: InvitationViews,
  ) {}

  /** The partner accepts, naming which of its active people will attend. */
  async accept(manager: EntityManager, auth: RequestAuth, id: string, version: number, attendeeUserIds: readonly string[]): Promise<InvitationView> {
    const row = answerableBy(await this.invitations.findById(manager, id), auth);
    const now = this.clock.now();
    const status = effectiveInvitationStatus(row.status, row.respondBy, now);
    if (!INVITATION_ACTION_RULES.ACCEPT.statuses.includes(status)) throw closedInvitation(row.respondBy, status);
    await this.operationStateFor(manager, row, 'ACCEPT');
    if (row.version !== version) throw staleInvitation();
    const ids = attendeeIds(attendeeUserIds);
    // Row-level security shows the acting organisation's accounts only.
    const accounts = await this.accounts.summariesOf(manager, ids.filter(isUuid));
    checkAttendeesActive(ids, new Map(accounts.map((account) => [account.id, account])));

    await this.invitations.moveStatus(manager, row, 'PENDING', { status: 'ACCEPTED', reason: null, respondedByUserId: auth.userId, respondedAt: now, statusChangedAt: now });
    await this.attendees.name(
      manager,
      ids.map((userId) => ({
        invitationId: row.id,
        userId,
        operationId: row.operationId,
        forceOrganisationId: row.forceOrganisationId,
        organisationId: row.partnerOrganisationId,
        attended: null,
        namedAt: now,
      })),
    );
    await this.audit.recordForBoth(manager, bothTrails(row), invitationEntry(auth, row, 'invitation.accepted', { attendeeUserIds: ids }));
    await this.notifications.notify(manager, toForce(row, 'INVITATION_ACCEPTED'));

    // Someone named without current MSHT training: both sides are told before the day.
    const training = await this.training.currentMshtTraining(manager, ids);
    const untrained = ids.filter((userId) => training.get(userId) !== true);
    if (untrained.length > 0) {
      await this.audit.recordForBoth(manager, bothTrails(row), invitationEntry(auth, row, 'invitation.training-flagged', { userIds: untrained }));
      await this.notifications.notify(manager, toForce(row, 'TRAINING_FLAGGED'));
      const managers = await this.accounts.activeManagerIds(manager, row.partnerOrganisationId);
      await this.notifications.notifyUsers(manager, {
        organisationId: row.partnerOrganisationId,
        userIds: [...new Set([...untrained, ...managers, auth.userId])],
        event: 'TRAINING_FLAGGED',
        subjectType: 'invitation',
        subjectId: row.id,
      });
    }
    return this.views.get(manager, auth, row.id);
  }

  /** The partner declines, with a reason. */
  async decline(manager: EntityManager, auth: RequestAuth, id: string, version: number, reason: string): Promise<InvitationView> {
    const row = answerableBy(await this.invitations.findById(manager, id), auth);
    const now = this.clock.now();
    const status = effectiveInvitationStatus(row.status, row.respondBy, now);
    if (!INVITATION_ACTION_RULES.DECLINE.statuses.includes(status)) throw closedInvitation(row.respondBy, status);
    const operationState = await this.operationStateFor(manager, row, 'DECLINE');
    if (row.version !== version) throw staleInvitation();
    const text = cleanReason(reason, 'you are declining');
    await this.invitations.moveStatus(manager, row, 'PENDING', {
      status: 'DECLINED',
      reason: text,
      respondedByUserId: auth.userId,
      respondedAt: now,
      statusChangedAt: now,
      operationStateAtClose: operationState,
    });
    await this.audit.recordForBoth(manager, bothTrails(row), invitationEntry(auth, row, 'invitation.declined', { reason: text }));
    await this.notifications.notify(manager, toForce(row, 'INVITATION_DECLINED'));
    return this.views.get(manager, auth, row.id);
  }

  /** The partner withdraws its acceptance, with a reason; its named attendees are removed. */
  async withdrawAcceptance(manager: EntityManager, auth: RequestAuth, id: string, reason: string): Promise<InvitationView> {
    const row = answerableBy(await this.invitations.findById(manager, id), auth);
    const now = this.clock.now();
    checkAcceptanceWithdrawable(effectiveInvitationStatus(row.status, row.respondBy, now));
    const operationState = await this.operationStateFor(manager, row, 'WITHDRAW_ACCEPTANCE');
    const text = cleanReason(reason, 'you are withdrawing');
    await this.invitations.moveStatus(manager, row, 'ACCEPTED', { status: 'ACCEPTANCE_WITHDRAWN', reason: text, statusChangedAt: now, operationStateAtClose: operationState });
    await this.attendees.removeFor(manager, row.id);
    await this.audit.recordForBoth(manager, bothTrails(row), invitationEntry(auth, row, 'invitation.acceptance-withdrawn', { reason: text }));
    await this.notifications.notify(manager, toForce(row, 'ACCEPTANCE_WITHDRAWN'));
    return this.views.get(manager, auth, row.id);
  }

  /** The acting partner's active people who may be named to attend, with their MSHT training standing. */
  async colleagues(manager: EntityManager, auth: RequestAuth, id: string): Promise<Colleague[]> {
    answerableBy(await this.invitations.findById(manager, id), auth);
    return this.training.activePeopleWithMshtStanding(manager, auth.organisationId);
  }

  /** The operation's state, when it allows the partner's `action`; a closing answer keeps it for the partner. */
  private async operationStateFor(manager: EntityManager, row: Invitation, action: InvitationAction): Promise<OperationState> {
    const operation = (await this.operations.byIds(manager, [row.operationId], this.clock.now())).get(row.operationId);
    if (operation === undefined) throw new NotFoundError();
    checkOperationStateFor(action, operation.state);
    return operation.state;
  }
}
