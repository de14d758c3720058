import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, decodeCreatedAtCursor, DomainError, encodeCreatedAtCursor, NotFoundError, validCursor, type RequestAuth } from '@liaise/api-core';
import { NotificationsService, type NotificationSubjectIds, type NotificationSubjectView } from '@liaise/api-notifications';
import { OperationsService, type Operation } from '@liaise/api-operations';
import { PartnershipService } from '@liaise/api-partnerships';
import { TrainingService } from '@liaise/api-training';
import { type AuditAction, availableInvitationActions, effectiveInvitationStatus, INVITATION_ACTION_RULES, INVITATION_STATUSES, type InvitationAction, type InvitationSide, type InvitationStatus, isUuid, type MediaDecision, type NotificationEvent, OPEN_INVITATION_STATUSES, OPERATION_STATE_NAMES, type OperationAction, type OperationState, operationTransition, type OperationType, type Role, roleAllows } from '@liaise/shared-domain';
import { ATTENDANCE_OPERATION_STATES, MAX_ATTENDEES, MAX_INVITATION_REASON_LENGTH, invitationStatusPhrase, ukDateTime } from './invitation-rules.js';
import { Invitation } from './invitation.entity.js';
import type { Attendee, Colleague, InvitationPage, InvitationView, InvitedOperation, OperationDisclosure } from './invitation.types.js';
import { OperationAttendee } from './operation-attendee.entity.js';

export const DEFAULT_INVITATION_PAGE_SIZE = 20;
export const MAX_INVITATION_PAGE_SIZE = 100;
/** Most partners invited in one go. */
export const MAX_INVITATIONS_AT_ONCE = 20;

/** Who on the partner's side hears about a new, withdrawn or cancelled invitation. */
const PARTNER_ROLES: Role[] = ['OUTREACH_WORKER', 'MANAGER'];
/** Who on the force's side hears about answers. */
const FORCE_ROLES: Role[] = ['LIAISON_OFFICER'];

const STALE_MESSAGE = 'This invitation changed while you were looking at it. Check it and try again.';

/** In the request's context: the operations whose disclosed details this request has already audited a reveal of. */
const AUDITED_REVEALS = Symbol('operations revealed in this request');

export interface InvitePartnerValues {
  readonly partnerOrganisationId: string;
  readonly respondBy: Date;
}

export interface AttendanceValues {
  readonly userId: string;
  readonly attended: boolean;
}

interface InvitedOperationRow {
  id: string;
  type: OperationType;
  state: OperationState;
  planned_day: string;
  expected_duration_minutes: number;
  general_area: string;
  expected_people: number;
  expected_languages: string[];
  dependents_expected: boolean;
  proportionality_statement: string;
  media_decision: MediaDecision;
  media_reason: string | null;
  safeguarding_lead_role: string;
  organisation_id: string;
}

interface PersonRow {
  id: string;
  display_name: string;
  organisation_id: string;
  organisation_name: string;
}

interface ExpiredRow {
  id: string;
  operation_id: string;
  force_organisation_id: string;
  partner_organisation_id: string;
}

const bad = (message: string, field?: string) => new DomainError('BAD_USER_INPUT', message, field);

function cleanReason(reason: unknown, what: string): string {
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed === '') throw new DomainError('REASON_REQUIRED', `Enter the reason ${what}`, 'reason');
  if (trimmed.length > MAX_INVITATION_REASON_LENGTH) throw bad(`Reason must be ${MAX_INVITATION_REASON_LENGTH} characters or fewer`, 'reason');
  return trimmed;
}

/**
 * Invitations to operations, both sides of them: the force invites partners in active partnerships and may
 * withdraw; the partner accepts naming its people, declines, or withdraws its acceptance. Every read and
 * write runs under row-level security admitting the force and the partner only; a partner sees the
 * operation only through the `invited_operations` and `operation_disclosure` functions. Every change is
 * audited on both organisations' trails. Never log or put in an e-mail an operation's addresses, start
 * time or reference; in the portal a notification names the force's own reference to the force only.
 */
@Injectable()
export class InvitationsService implements OnModuleInit {
  constructor(
    private readonly operations: OperationsService,
    private readonly partnerships: PartnershipService,
    private readonly training: TrainingService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cls: ClsService,
  ) {}

  onModuleInit(): void {
    this.operations.onTransition((manager, auth, operation, fromState, toState, action) =>
      this.operationMoved(manager, auth, operation, fromState, toState, action),
    );
    this.operations.onRelease((manager, auth, operation) => this.detailsReleased(manager, auth, operation));
    this.notifications.describeWith((manager, auth, rows) => this.describeNotifications(manager, auth, rows));
  }

  // ---- the force ----

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
  ): Promise<string> {
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
    if (!Array.isArray(invitations) || invitations.length === 0) throw bad('Choose at least one partner to invite', 'invitations');
    if (invitations.length > MAX_INVITATIONS_AT_ONCE) throw bad(`Invite at most ${MAX_INVITATIONS_AT_ONCE} partners at a time`, 'invitations');
    const seen = new Set<string>();
    for (const invitation of invitations) {
      const id = invitation.partnerOrganisationId;
      if (seen.has(id)) {
        const name = (await this.partnershipNames(manager, [id])).get(id);
        throw bad(`You chose ${name ?? 'the same partner'} twice: invite each partner once`, 'invitations');
      }
      seen.add(id);
    }
    for (const invitation of invitations) await this.checkInvite(manager, auth, operation, invitation);

    const moved = await this.operations.applyTransition(manager, auth, operation, 'NOTIFY_PARTNERS', null);
    for (const invitation of invitations) await this.createInvitation(manager, auth, moved, invitation);
    return moved.id;
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
    const open = await manager.findOne(Invitation, {
      where: { operationId: operation.id, partnerOrganisationId: input.partnerOrganisationId, status: In([...OPEN_INVITATION_STATUSES]) },
    });
    if (open !== null && effectiveInvitationStatus(open.status, open.respondBy, this.clock.now()) !== 'EXPIRED') {
      throw await this.alreadyInvited(manager, input.partnerOrganisationId);
    }
    if (open !== null) await this.expireNow(manager, open);
    const id = await this.createInvitation(manager, auth, operation, input);
    return this.get(manager, auth, id);
  }

  /** The force withdraws an open invitation, with a reason; the partner's named attendees are removed. */
  async withdraw(manager: EntityManager, auth: RequestAuth, id: string, reason: string): Promise<InvitationView> {
    const row = await this.find(manager, auth, id);
    if (this.sideOf(row, auth) !== 'FORCE') {
      throw new DomainError(
        'NOT_THE_FORCE',
        'Only the force can withdraw an invitation. To say you will not attend, decline it or withdraw your acceptance.',
      );
    }
    const operation = await this.operations.getOwned(manager, auth, row.operationId);
    const now = this.clock.now();
    const status = effectiveInvitationStatus(row.status, row.respondBy, now);
    if (!INVITATION_ACTION_RULES.WITHDRAW.statuses.includes(status)) throw this.closed(row, status);
    if (!INVITATION_ACTION_RULES.WITHDRAW.operationStates.includes(operation.state)) {
      throw new DomainError(
        'INVALID_STATE',
        `An invitation can be withdrawn only until the operation is completed: this one is ${OPERATION_STATE_NAMES[operation.state].toLowerCase()}.`,
      );
    }
    const text = cleanReason(reason, 'the invitation is being withdrawn');
    await this.changeStatus(manager, row, status, { status: 'WITHDRAWN', reason: text, statusChangedAt: now, operationStateAtClose: operation.state });
    await manager.delete(OperationAttendee, { invitationId: row.id });
    await this.record(manager, auth, row, 'invitation.withdrawn', { from: status, reason: text });
    await this.tellPartner(manager, row, 'INVITATION_WITHDRAWN');
    return this.get(manager, auth, row.id);
  }

  /** The force records which of the partners' named attendees attended a completed operation. */
  async recordAttendance(manager: EntityManager, auth: RequestAuth, operationId: string, attendance: readonly AttendanceValues[]): Promise<string> {
    const operation = await this.operations.getOwned(manager, auth, operationId);
    if (!ATTENDANCE_OPERATION_STATES.includes(operation.state)) {
      throw new DomainError(
        'INVALID_STATE',
        `Attendance is recorded once the operation is completed: this one is ${OPERATION_STATE_NAMES[operation.state].toLowerCase()}.`,
      );
    }
    if (!Array.isArray(attendance) || attendance.length === 0) throw bad('Say who attended', 'attendance');
    const named = await this.namedAttendees(manager, operation.id);
    const byUser = new Map(named.map((attendee) => [attendee.userId, attendee]));
    const seen = new Set<string>();
    for (const entry of attendance) {
      if (typeof entry.attended !== 'boolean') throw bad('Say whether each person attended', 'attendance');
      if (seen.has(entry.userId)) throw bad('Each person may appear once in the attendance', 'attendance');
      seen.add(entry.userId);
      if (!byUser.has(entry.userId)) {
        const name = isUuid(entry.userId) ? (await this.people(manager, [entry.userId])).get(entry.userId)?.display_name : undefined;
        throw bad(`${name ?? 'Someone in the list'} was not named to attend this operation: record attendance for its named attendees only`, 'attendance');
      }
    }
    for (const entry of attendance) {
      const attendee = byUser.get(entry.userId) as OperationAttendee;
      await manager.update(OperationAttendee, { invitationId: attendee.invitationId, userId: attendee.userId }, { attended: entry.attended });
    }
    const partners = [...new Set(attendance.map((entry) => (byUser.get(entry.userId) as OperationAttendee).organisationId))];
    const detail = { attendance: attendance.map(({ userId, attended }) => ({ userId, attended })) };
    for (const trail of [operation.organisationId, ...partners]) {
      await this.audit.record(manager, {
        organisationId: trail,
        actorUserId: auth.userId,
        actorOrganisationId: auth.organisationId,
        action: 'operation.partner-attendance-recorded',
        subjectType: 'operation',
        subjectId: operation.id,
        detail,
      });
    }
    return operation.id;
  }

  // ---- the partner ----

  /** The partner accepts, naming which of its active people will attend. */
  async accept(manager: EntityManager, auth: RequestAuth, id: string, version: number, attendeeUserIds: readonly string[]): Promise<InvitationView> {
    const row = await this.findAsPartner(manager, auth, id);
    const now = this.clock.now();
    const status = effectiveInvitationStatus(row.status, row.respondBy, now);
    if (!INVITATION_ACTION_RULES.ACCEPT.statuses.includes(status)) throw this.closed(row, status);
    await this.checkOperationState(manager, row, 'ACCEPT');
    if (row.version !== version) throw new DomainError('STALE', STALE_MESSAGE);
    const ids = await this.checkAttendees(manager, attendeeUserIds);

    await this.changeStatus(manager, row, 'PENDING', {
      status: 'ACCEPTED',
      reason: null,
      respondedByUserId: auth.userId,
      respondedAt: now,
      statusChangedAt: now,
    });
    await manager.insert(
      OperationAttendee,
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
    await this.record(manager, auth, row, 'invitation.accepted', { attendeeUserIds: ids });
    await this.tellForce(manager, row, 'INVITATION_ACCEPTED');

    // Someone named without current MSHT training: both sides are told before the day.
    const training = await this.training.currentMshtTraining(manager, ids);
    const untrained = ids.filter((userId) => training.get(userId) !== true);
    if (untrained.length > 0) {
      await this.record(manager, auth, row, 'invitation.training-flagged', { userIds: untrained });
      await this.tellForce(manager, row, 'TRAINING_FLAGGED');
      const managers: { id: string }[] = await manager.query(
        `SELECT id FROM user_account WHERE organisation_id = $1 AND role = 'MANAGER' AND status = 'ACTIVE'`,
        [row.partnerOrganisationId],
      );
      await this.notifications.notifyUsers(manager, {
        organisationId: row.partnerOrganisationId,
        userIds: [...new Set([...untrained, ...managers.map((m) => m.id), auth.userId])],
        event: 'TRAINING_FLAGGED',
        subjectType: 'invitation',
        subjectId: row.id,
      });
    }
    return this.get(manager, auth, row.id);
  }

  async decline(manager: EntityManager, auth: RequestAuth, id: string, version: number, reason: string): Promise<InvitationView> {
    const row = await this.findAsPartner(manager, auth, id);
    const now = this.clock.now();
    const status = effectiveInvitationStatus(row.status, row.respondBy, now);
    if (!INVITATION_ACTION_RULES.DECLINE.statuses.includes(status)) throw this.closed(row, status);
    const operationState = await this.checkOperationState(manager, row, 'DECLINE');
    if (row.version !== version) throw new DomainError('STALE', STALE_MESSAGE);
    const text = cleanReason(reason, 'you are declining');
    await this.changeStatus(manager, row, 'PENDING', {
      status: 'DECLINED',
      reason: text,
      respondedByUserId: auth.userId,
      respondedAt: now,
      statusChangedAt: now,
      operationStateAtClose: operationState,
    });
    await this.record(manager, auth, row, 'invitation.declined', { reason: text });
    await this.tellForce(manager, row, 'INVITATION_DECLINED');
    return this.get(manager, auth, row.id);
  }

  /** The partner withdraws its acceptance, with a reason; its named attendees are removed. */
  async withdrawAcceptance(manager: EntityManager, auth: RequestAuth, id: string, reason: string): Promise<InvitationView> {
    const row = await this.findAsPartner(manager, auth, id);
    const now = this.clock.now();
    const status = effectiveInvitationStatus(row.status, row.respondBy, now);
    if (!INVITATION_ACTION_RULES.WITHDRAW_ACCEPTANCE.statuses.includes(status)) {
      throw new DomainError(
        'INVITATION_CLOSED',
        status === 'PENDING' ? 'You have not accepted this invitation: decline it instead.' : `This invitation ${invitationStatusPhrase(status)}: only an accepted one can be withdrawn from.`,
      );
    }
    const operationState = await this.checkOperationState(manager, row, 'WITHDRAW_ACCEPTANCE');
    const text = cleanReason(reason, 'you are withdrawing');
    await this.changeStatus(manager, row, 'ACCEPTED', { status: 'ACCEPTANCE_WITHDRAWN', reason: text, statusChangedAt: now, operationStateAtClose: operationState });
    await manager.delete(OperationAttendee, { invitationId: row.id });
    await this.record(manager, auth, row, 'invitation.acceptance-withdrawn', { reason: text });
    await this.tellForce(manager, row, 'ACCEPTANCE_WITHDRAWN');
    return this.get(manager, auth, row.id);
  }

  /** The acting partner's active people who may be named to attend, with their MSHT training standing. */
  async colleagues(manager: EntityManager, auth: RequestAuth, id: string): Promise<Colleague[]> {
    await this.findAsPartner(manager, auth, id);
    return this.training.activePeopleWithMshtStanding(manager, auth.organisationId);
  }

  // ---- reading ----

  /** One invitation, to either side; anyone else gets NotFound. */
  async get(manager: EntityManager, auth: RequestAuth, id: string): Promise<InvitationView> {
    const row = await this.find(manager, auth, id);
    const [view] = await this.views(manager, auth, [row]);
    if (view === undefined) throw new NotFoundError();
    return view;
  }

  /** The acting partner's invitations, newest first, a page at a time; optionally only those in `statuses`. */
  async inbox(
    manager: EntityManager,
    auth: RequestAuth,
    statuses: readonly InvitationStatus[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<InvitationPage> {
    const size = first ?? DEFAULT_INVITATION_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_INVITATION_PAGE_SIZE) {
      throw bad(`Ask for between 1 and ${MAX_INVITATION_PAGE_SIZE} invitations at a time`, 'first');
    }
    const wanted = statuses ?? [];
    if (wanted.some((status) => !INVITATION_STATUSES.includes(status))) throw bad('Choose statuses from the list', 'statuses');
    const cursor = after === null || after === undefined || after === '' ? null : validCursor(decodeCreatedAtCursor(after));
    const now = this.clock.now();

    const conditions = ['partner_organisation_id = $1'];
    const params: unknown[] = [auth.organisationId];
    if (wanted.length > 0) {
      // The status people see: PENDING past its respond-by time is EXPIRED, swept or not.
      params.push(now);
      const nowParam = `$${params.length}::timestamptz`;
      const alternatives = [...new Set(wanted)].map((status) => {
        if (status === 'PENDING') return `(status = 'PENDING' AND respond_by > ${nowParam})`;
        if (status === 'EXPIRED') return `(status = 'EXPIRED' OR (status = 'PENDING' AND respond_by <= ${nowParam}))`;
        params.push(status);
        return `status = $${params.length}::invitation_status`;
      });
      // The time is typed where it is used; when no alternative uses it, it is still typed here.
      conditions.push(`(${alternatives.join(' OR ')})`, `${nowParam} IS NOT NULL`);
    }
    const filtered = conditions.join(' AND ');
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM invitation WHERE ${filtered}`, params)) as [{ count: number }];

    const pageParams = [...params];
    let paged = filtered;
    if (cursor !== null) {
      pageParams.push(cursor.createdAt, cursor.id);
      paged += ` AND (created_at, id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    }
    pageParams.push(size + 1);
    const idRows: { id: string }[] = await manager.query(
      `SELECT id FROM invitation WHERE ${paged} ORDER BY created_at DESC, id DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    const pageIds = idRows.slice(0, size).map((row) => row.id);
    const rows = pageIds.length === 0 ? [] : await manager.find(Invitation, { where: { id: In(pageIds) } });
    const order = new Map(pageIds.map((id, index) => [id, index]));
    rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const items = await this.views(manager, auth, rows);
    const last = rows.at(-1);
    return { items, nextCursor: idRows.length > size && last !== undefined ? encodeCreatedAtCursor(last) : null, totalCount: count };
  }

  /** The invitations of the acting force's operations, by operation id, oldest first: one set of queries for them all. */
  async forOperations(manager: EntityManager, auth: RequestAuth, operationIds: readonly string[]): Promise<Map<string, InvitationView[]>> {
    const ids = [...new Set(operationIds)].filter(isUuid);
    const result = new Map<string, InvitationView[]>(operationIds.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const rows = await manager.find(Invitation, {
      where: { operationId: In(ids), forceOrganisationId: auth.organisationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const operationOf = new Map(rows.map((row) => [row.id, row.operationId]));
    // Oldest first; those sent together, by partner name.
    const views = (await this.views(manager, auth, rows)).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.partnerName.localeCompare(b.partnerName) || a.id.localeCompare(b.id),
    );
    for (const view of views) result.get(operationOf.get(view.id) as string)?.push(view);
    return result;
  }

  /**
   * The disclosed details of an operation, for the acting user only when they may see them now (a named
   * attendee of an accepting partner, inside the disclosure window); null otherwise. Each reveal is audited
   * on the partner's trail and the force's, in the request's transaction: RevealGuardPlugin withholds the
   * whole answer of a request that revealed something and failed (its transaction, and so the audit entry,
   * is rolled back). The force's own people see the details on the Operation, not here.
   */
  async disclosure(manager: EntityManager, auth: RequestAuth, operation: InvitedOperation): Promise<OperationDisclosure | null> {
    if (auth.organisationId === operation.forceOrganisationId) return null;
    return this.reveal(manager, auth, operation);
  }

  private async reveal(manager: EntityManager, auth: RequestAuth, operation: InvitedOperation): Promise<OperationDisclosure | null> {
    const rows: { planned_start: Date; addresses: string[]; briefing_point: string | null }[] = await manager.query(
      'SELECT planned_start, addresses, briefing_point FROM operation_disclosure($1::uuid, $2::timestamptz)',
      [operation.id, this.clock.now()],
    );
    const row = rows[0];
    if (row === undefined) return null;
    if (!this.firstRevealInRequest(operation.id)) return { plannedStart: row.planned_start, addresses: row.addresses, briefingPoint: row.briefing_point };
    for (const trail of [auth.organisationId, operation.forceOrganisationId]) {
      await this.audit.record(manager, {
        organisationId: trail,
        actorUserId: auth.userId,
        actorOrganisationId: auth.organisationId,
        action: 'operation.details-disclosed',
        subjectType: 'operation',
        subjectId: operation.id,
        // Never the details themselves.
        detail: { fields: ['plannedStart', 'addresses', 'briefingPoint'] },
      });
    }
    return { plannedStart: row.planned_start, addresses: row.addresses, briefingPoint: row.briefing_point };
  }

  /**
   * True the first time a request reveals `operationId`'s details: one read of the same details however many
   * times a request asks for them (aliases, the same operation in a list and on its own) is one audit entry
   * on each side. Checked and marked at once, so parallel fields of one request cannot both count as first.
   */
  private firstRevealInRequest(operationId: string): boolean {
    if (!this.cls.isActive()) return true;
    let audited = this.cls.get<Set<string> | undefined>(AUDITED_REVEALS);
    if (audited === undefined) {
      audited = new Set();
      this.cls.set(AUDITED_REVEALS, audited);
    }
    if (audited.has(operationId)) return false;
    audited.add(operationId);
    return true;
  }

  // ---- expiry (the worker) ----

  /**
   * In a transaction acting for `forceOrganisationId`: expires that force's invitations whose respond-by
   * time has passed, audits each on both trails and tells the force. Returns how many expired.
   */
  async expireDueForForce(manager: EntityManager, forceOrganisationId: string, now: Date): Promise<number> {
    const rows: ExpiredRow[] = await manager.query('SELECT * FROM invitation_expire_due($1::timestamptz)', [now]);
    for (const row of rows) {
      if (row.force_organisation_id !== forceOrganisationId) continue;
      for (const trail of [row.force_organisation_id, row.partner_organisation_id]) {
        await this.audit.record(manager, {
          organisationId: trail,
          action: 'invitation.expired',
          subjectType: 'invitation',
          subjectId: row.id,
          detail: { operationId: row.operation_id },
        });
      }
      await this.notifications.notify(manager, {
        organisationId: row.force_organisation_id,
        roles: FORCE_ROLES,
        event: 'INVITATION_EXPIRED',
        subjectType: 'operation',
        subjectId: row.operation_id,
        invitationId: row.id,
      });
    }
    return rows.length;
  }

  // ---- listeners ----

  /** An operation cancelled: its open invitations are cancelled and the partners told. */
  private async operationMoved(
    manager: EntityManager,
    auth: RequestAuth,
    operation: Operation,
    _fromState: OperationState,
    toState: OperationState,
    _action: OperationAction,
  ): Promise<void> {
    if (toState !== 'CANCELLED') return;
    const open = await manager.find(Invitation, {
      where: { operationId: operation.id, forceOrganisationId: operation.organisationId, status: In([...OPEN_INVITATION_STATUSES]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const now = this.clock.now();
    for (const row of open) {
      await this.changeStatus(manager, row, row.status, { status: 'CANCELLED', statusChangedAt: now });
      await this.record(manager, auth, row, 'invitation.cancelled', { from: row.status });
      await this.tellPartner(manager, row, 'OPERATION_CANCELLED');
    }
  }

  /** Details released early: the named attendees of accepting partners are told they can see them. */
  private async detailsReleased(manager: EntityManager, _auth: RequestAuth, operation: Operation): Promise<void> {
    const attendees = await this.namedAttendees(manager, operation.id);
    const byInvitation = new Map<string, OperationAttendee[]>();
    for (const attendee of attendees) byInvitation.set(attendee.invitationId, [...(byInvitation.get(attendee.invitationId) ?? []), attendee]);
    for (const [invitationId, people] of byInvitation) {
      const first = people[0] as OperationAttendee;
      await this.notifications.notifyUsers(manager, {
        organisationId: first.organisationId,
        userIds: people.map((person) => person.userId),
        event: 'DETAILS_RELEASED',
        subjectType: 'invitation',
        subjectId: invitationId,
      });
    }
  }

  /**
   * What the acting person's notifications are about, read as they may read it now: the invitation (either
   * side of it), the operation through `invited_operations` (the force's own, or one the partner was invited
   * to), the reference only from the force's own operations, and the two organisations' names. Nothing for a
   * notification whose invitation or operation they may no longer see. Never an address or a time.
   */
  private async describeNotifications(
    manager: EntityManager,
    auth: RequestAuth,
    rows: readonly NotificationSubjectIds[],
  ): Promise<Map<string, NotificationSubjectView>> {
    const invitationIdOf = (row: NotificationSubjectIds) => (row.subjectType === 'invitation' ? row.subjectId : row.invitationId);
    const invitationIds = [...new Set(rows.map(invitationIdOf).filter((id): id is string => id !== null && isUuid(id)))];
    const invitations = new Map(
      (invitationIds.length === 0 ? [] : await manager.find(Invitation, { where: { id: In(invitationIds) } }))
        .filter((row) => auth.organisationId === row.forceOrganisationId || auth.organisationId === row.partnerOrganisationId)
        .map((row) => [row.id, row]),
    );
    const operationIdOf = (row: NotificationSubjectIds) => {
      const invitationId = invitationIdOf(row);
      return invitationId === null ? (row.subjectType === 'operation' ? row.subjectId : null) : (invitations.get(invitationId)?.operationId ?? null);
    };
    const operationIds = [...new Set(rows.map(operationIdOf).filter((id): id is string => id !== null))];
    const operations = await this.invitedOperations(manager, operationIds);
    const references: { id: string; reference: string }[] =
      operations.size === 0
        ? []
        : await manager.query('SELECT id, reference FROM operation WHERE id = ANY($1::uuid[]) AND organisation_id = $2', [[...operations.keys()], auth.organisationId]);
    const referenceOf = new Map(references.map((row) => [row.id, row.reference]));
    const organisationIds = [...invitations.values()].flatMap((row) => [row.forceOrganisationId, row.partnerOrganisationId]);
    const names: { id: string; name: string }[] =
      organisationIds.length === 0 ? [] : await manager.query('SELECT id, name FROM invitation_organisations($1::uuid[])', [[...new Set(organisationIds)]]);
    const nameOf = new Map(names.map((row) => [row.id, row.name]));

    const described = new Map<string, NotificationSubjectView>();
    for (const row of rows) {
      const invitationId = invitationIdOf(row);
      const invitation = invitationId === null ? undefined : invitations.get(invitationId);
      const operationId = operationIdOf(row);
      const operation = operationId === null ? undefined : operations.get(operationId);
      if (operation === undefined) continue;
      described.set(row.id, {
        operationId: operation.id,
        operationReference: referenceOf.get(operation.id) ?? null,
        operationType: operation.type,
        generalArea: operation.generalArea,
        forceName: nameOf.get(operation.forceOrganisationId) ?? null,
        partnerName: invitation === undefined ? null : (nameOf.get(invitation.partnerOrganisationId) ?? null),
      });
    }
    return described;
  }

  // ---- helpers ----

  /** The row, if the acting organisation is one of its sides (row-level security sees to that too). */
  private async find(manager: EntityManager, auth: RequestAuth, id: string): Promise<Invitation> {
    const row = isUuid(id) ? await manager.findOneBy(Invitation, { id }) : null;
    if (row === null || this.sideOf(row, auth) === null) throw new NotFoundError();
    return row;
  }

  private async findAsPartner(manager: EntityManager, auth: RequestAuth, id: string): Promise<Invitation> {
    const row = await this.find(manager, auth, id);
    if (this.sideOf(row, auth) !== 'PARTNER') {
      throw new DomainError('NOT_THE_PARTNER', 'Only the invited partner can answer an invitation. The force may withdraw it instead.');
    }
    return row;
  }

  private sideOf(row: Invitation, auth: RequestAuth): InvitationSide | null {
    if (auth.organisationId === row.forceOrganisationId) return 'FORCE';
    if (auth.organisationId === row.partnerOrganisationId) return 'PARTNER';
    return null;
  }

  private closed(row: Invitation, status: InvitationStatus): DomainError {
    if (status === 'EXPIRED') {
      return new DomainError('INVITATION_CLOSED', `This invitation expired at ${ukDateTime(row.respondBy)} without an answer: it can no longer be answered.`);
    }
    return new DomainError('INVITATION_CLOSED', `This invitation ${invitationStatusPhrase(status)}: it can no longer be answered or changed.`);
  }

  /**
   * The operation's state allows the partner's `action`: it answers until the operation is completed, and
   * withdraws an acceptance until it starts. Returns the state, which a closing answer keeps for the partner.
   */
  private async checkOperationState(manager: EntityManager, row: Invitation, action: InvitationAction): Promise<OperationState> {
    const operation = (await this.invitedOperations(manager, [row.operationId])).get(row.operationId);
    if (operation === undefined) throw new NotFoundError();
    if (!INVITATION_ACTION_RULES[action].operationStates.includes(operation.state)) {
      throw new DomainError(
        'INVALID_STATE',
        action === 'WITHDRAW_ACCEPTANCE' && operation.state === 'IN_PROGRESS'
          ? 'This operation is in progress: an acceptance can be withdrawn only until it starts. If your people cannot attend, tell the force directly.'
          : `This operation is ${OPERATION_STATE_NAMES[operation.state].toLowerCase()}: its invitation can no longer be answered or changed.`,
      );
    }
    return operation.state;
  }

  /** The attendees' ids, each an active person of the acting organisation (row-level security shows no one else). */
  private async checkAttendees(manager: EntityManager, attendeeUserIds: readonly string[]): Promise<string[]> {
    if (!Array.isArray(attendeeUserIds) || attendeeUserIds.length === 0) {
      throw bad('Name at least one person from your organisation who will attend', 'attendeeUserIds');
    }
    const ids = [...new Set(attendeeUserIds)];
    if (ids.length > MAX_ATTENDEES) throw bad(`Name at most ${MAX_ATTENDEES} people`, 'attendeeUserIds');
    const valid = ids.filter(isUuid);
    const rows: { id: string; display_name: string; status: string }[] =
      valid.length === 0 ? [] : await manager.query('SELECT id, display_name, status FROM user_account WHERE id = ANY($1::uuid[])', [valid]);
    const mine = new Map(rows.map((row) => [row.id, row]));
    for (const id of ids) {
      const person = mine.get(id);
      if (person === undefined) {
        throw bad('Someone you named is not one of your organisation’s people: choose attendees from your colleagues', 'attendeeUserIds');
      }
      if (person.status !== 'ACTIVE') {
        throw bad(`${person.display_name} is not one of your organisation’s people any more: choose attendees from your active colleagues`, 'attendeeUserIds');
      }
    }
    return ids;
  }

  /** Checks one partner to invite: in an active partnership with the force; a respond-by time in the future and before the start. */
  private async checkInvite(manager: EntityManager, auth: RequestAuth, operation: Operation, input: InvitePartnerValues): Promise<void> {
    const partnerId = input.partnerOrganisationId;
    const known = typeof partnerId === 'string' && isUuid(partnerId) && partnerId !== auth.organisationId;
    const active = known && (await this.partnerships.isActiveBetween(manager, auth.organisationId, partnerId));
    if (!active) {
      // Only a name the force already knows from a partnership of its own: anything else answers as unknown.
      const name = known ? (await this.partnershipNames(manager, [partnerId])).get(partnerId) : undefined;
      throw bad(
        name === undefined
          ? 'Choose a partner from your active partnerships'
          : `${name} is not in an active partnership with you: choose a partner from your active partnerships`,
        'partnerOrganisationId',
      );
    }
    const respondBy = input.respondBy;
    if (!(respondBy instanceof Date) || Number.isNaN(respondBy.getTime())) throw bad('Enter the respond-by time as a date and time', 'respondBy');
    if (respondBy.getTime() <= this.clock.now().getTime()) throw bad('The respond-by time must be in the future', 'respondBy');
    if (respondBy.getTime() >= operation.plannedStart.getTime()) throw bad('The respond-by time must be before the operation starts', 'respondBy');
  }

  private async createInvitation(manager: EntityManager, auth: RequestAuth, operation: Operation, input: InvitePartnerValues): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    try {
      await manager.insert(Invitation, {
        id,
        operationId: operation.id,
        forceOrganisationId: operation.organisationId,
        partnerOrganisationId: input.partnerOrganisationId,
        status: 'PENDING',
        respondBy: input.respondBy,
        reason: null,
        invitedByUserId: auth.userId,
        respondedByUserId: null,
        respondedAt: null,
        statusChangedAt: now,
        createdAt: now,
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'UQ_invitation_open') {
        throw await this.alreadyInvited(manager, input.partnerOrganisationId);
      }
      throw error;
    }
    const row = await manager.findOneByOrFail(Invitation, { id });
    await this.record(manager, auth, row, 'invitation.sent', { respondBy: row.respondBy.toISOString() });
    await this.tellPartner(manager, row, 'INVITATION_RECEIVED');
    return id;
  }

  private async alreadyInvited(manager: EntityManager, partnerId: string): Promise<DomainError> {
    const name = (await this.partnershipNames(manager, [partnerId])).get(partnerId) ?? 'This partner';
    return bad(`${name} already has an open invitation to this operation`, 'partnerOrganisationId');
  }

  /** An open row found past its respond-by time (the worker has not swept it yet): expire it now. */
  private async expireNow(manager: EntityManager, row: Invitation): Promise<void> {
    await this.changeStatus(manager, row, 'PENDING', { status: 'EXPIRED', statusChangedAt: this.clock.now() });
    for (const trail of [row.forceOrganisationId, row.partnerOrganisationId]) {
      await this.audit.record(manager, { organisationId: trail, action: 'invitation.expired', subjectType: 'invitation', subjectId: row.id, detail: { operationId: row.operationId } });
    }
  }

  /** Moves a row from `from`, bumping its version; STALE when someone else moved it first. */
  private async changeStatus(manager: EntityManager, row: Invitation, from: InvitationStatus, set: Partial<Invitation>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Invitation)
      .set(set)
      .where('id = :id AND status = :from AND version = :version', { id: row.id, from, version: row.version })
      .execute();
    if (result.affected !== 1) throw new DomainError('STALE', STALE_MESSAGE);
  }

  private async record(manager: EntityManager, auth: RequestAuth, row: Invitation, action: AuditAction, detail: Record<string, unknown>): Promise<void> {
    for (const trail of [row.forceOrganisationId, row.partnerOrganisationId]) {
      await this.audit.record(manager, {
        organisationId: trail,
        actorUserId: auth.userId,
        actorOrganisationId: auth.organisationId,
        action,
        subjectType: 'invitation',
        subjectId: row.id,
        detail: { operationId: row.operationId, partnerOrganisationId: row.partnerOrganisationId, ...detail },
      });
    }
  }

  private tellForce(manager: EntityManager, row: Invitation, event: NotificationEvent): Promise<unknown> {
    return this.notifications.notify(manager, {
      organisationId: row.forceOrganisationId,
      roles: FORCE_ROLES,
      event,
      subjectType: 'operation',
      subjectId: row.operationId,
      invitationId: row.id,
    });
  }

  private tellPartner(manager: EntityManager, row: Invitation, event: NotificationEvent): Promise<unknown> {
    return this.notifications.notify(manager, {
      organisationId: row.partnerOrganisationId,
      roles: PARTNER_ROLES,
      event,
      subjectType: 'invitation',
      subjectId: row.id,
    });
  }

  /** The named attendees of an operation's accepted invitations. */
  private async namedAttendees(manager: EntityManager, operationId: string): Promise<OperationAttendee[]> {
    return manager
      .createQueryBuilder(OperationAttendee, 'a')
      .innerJoin(Invitation, 'i', 'i.id = a.invitation_id')
      .where('a.operation_id = :operationId AND i.status = :status', { operationId, status: 'ACCEPTED' })
      .orderBy('a.named_at', 'ASC')
      .addOrderBy('a.user_id', 'ASC')
      .getMany();
  }

  /** Names of organisations the acting one has a partnership with (in any status). */
  private async partnershipNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query('SELECT id, name FROM partnership_organisations($1::uuid[])', [valid]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private async people(manager: EntityManager, ids: readonly string[]): Promise<Map<string, PersonRow>> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: PersonRow[] = await manager.query('SELECT * FROM invitation_people($1::uuid[])', [valid]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async invitedOperations(manager: EntityManager, ids: readonly string[]): Promise<Map<string, InvitedOperation>> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: InvitedOperationRow[] = await manager.query('SELECT * FROM invited_operations($1::uuid[], $2::timestamptz)', [valid, this.clock.now()]);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          forceOrganisationId: row.organisation_id,
          type: row.type,
          state: row.state,
          plannedDay: row.planned_day,
          expectedDurationMinutes: row.expected_duration_minutes,
          generalArea: row.general_area,
          expectedPeople: row.expected_people,
          expectedLanguages: row.expected_languages,
          dependentsExpected: row.dependents_expected,
          proportionalityStatement: row.proportionality_statement,
          mediaDecision: row.media_decision,
          mediaReason: row.media_reason,
          safeguardingLeadRole: row.safeguarding_lead_role,
        },
      ]),
    );
  }

  /** The GraphQL views of rows, in the order given: a fixed number of queries whatever their count. */
  private async views(manager: EntityManager, auth: RequestAuth, rows: readonly Invitation[]): Promise<InvitationView[]> {
    if (rows.length === 0) return [];
    const now = this.clock.now();
    const operations = await this.invitedOperations(
      manager,
      rows.map((row) => row.operationId),
    );
    const organisations: { id: string; name: string }[] = await manager.query('SELECT id, name FROM invitation_organisations($1::uuid[])', [
      [...new Set(rows.flatMap((row) => [row.forceOrganisationId, row.partnerOrganisationId]))],
    ]);
    const organisationNames = new Map(organisations.map((row) => [row.id, row.name]));
    const attendees = await manager.find(OperationAttendee, {
      where: { invitationId: In(rows.map((row) => row.id)) },
      order: { namedAt: 'ASC', userId: 'ASC' },
    });
    const userIds = attendees.map((attendee) => attendee.userId);
    const people = await this.people(manager, userIds);
    const training = await this.training.currentMshtTraining(manager, userIds);
    const may = { respond: roleAllows(auth.role, 'invitation:respond'), manage: roleAllows(auth.role, 'operation:manage') };

    return rows.flatMap((row): InvitationView[] => {
      const side = this.sideOf(row, auth);
      const operation = operations.get(row.operationId);
      if (side === null || operation === undefined) return [];
      const status = effectiveInvitationStatus(row.status, row.respondBy, now);
      return [
        {
          id: row.id,
          status,
          respondBy: row.respondBy,
          reason: row.reason,
          respondedAt: row.respondedAt,
          createdAt: row.createdAt,
          version: row.version,
          forceOrganisationId: row.forceOrganisationId,
          forceName: organisationNames.get(row.forceOrganisationId) ?? '',
          partnerName: organisationNames.get(row.partnerOrganisationId) ?? '',
          partnerOrganisationId: row.partnerOrganisationId,
          operation,
          attendees: attendees
            .filter((attendee) => attendee.invitationId === row.id)
            .map(
              (attendee): Attendee => ({
                userId: attendee.userId,
                name: people.get(attendee.userId)?.display_name ?? '',
                organisationName: people.get(attendee.userId)?.organisation_name ?? '',
                mshtTrainingCurrent: training.get(attendee.userId) === true,
                attended: attendee.attended,
              }),
            ),
          availableActions: availableInvitationActions(side, status, operation.state, may),
        },
      ];
    });
  }
}
