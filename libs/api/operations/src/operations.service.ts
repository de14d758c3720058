import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { OrganisationsService } from '@liaise/api-organisations';
import { ACTIONS_NEEDING_A_REASON, type AuditAction, availableOperationActions, BUILT_IN_CHECKLIST_ITEMS, DISCLOSING_STATES, EDITABLE_OPERATION_STATES, isIsoDate, isUuid, OPERATION_STATE_NAMES, OPERATION_STATES, OPERATION_TRANSITION_AUDIT_ACTIONS, type OperationAction, type OperationState, operationTransition, ukDate, type CheckedDetails, type OperationDetails } from '@liaise/shared-domain';
import { ChecklistItemDefinition, OperationChecklistAnswer } from './checklist.entities.js';
import { OperationTransition } from './operation-transition.entity.js';
import { NamedOfficersService } from './named-officers.service.js';
import { Operation } from './operation.entity.js';
import { decodeOperationsCursor, encodeOperationsCursor, operationsPageQuery } from './operations-order.js';
import { checkChecklistAnswers, LIMITS, metRefusal, type ChecklistFacts } from './operation-rules.js';
import { checkedDetailsOrRefuse } from './details/details-refusal.js';
import type { ChecklistItemDefinitionView, OfficerChoiceView, OperationPage, OperationTransitionRecord, OperationView } from './operation.types.js';

/** Called after every lifecycle move, inside the same transaction; a throw refuses the move. */
export type OperationTransitionListener = (
  manager: EntityManager,
  auth: RequestAuth,
  operation: Operation,
  fromState: OperationState,
  toState: OperationState,
  action: OperationAction,
) => Promise<void>;

/** Called after the force releases an operation's details early, inside the same transaction. */
export type OperationReleaseListener = (manager: EntityManager, auth: RequestAuth, operation: Operation) => Promise<void>;

export interface OperationsFilterValues {
  readonly states?: readonly OperationState[] | null;
  /** YYYY-MM-DD, on `plannedDay`. */
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface ChecklistAnswerValues {
  readonly key: string;
  readonly answer: OperationChecklistAnswer['answer'] & string;
  readonly reason?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Checklist states in which answers may still change: the checklist is settled once partners are notified. */
export const CHECKLIST_OPEN_STATES: readonly OperationState[] = ['DRAFT', 'READY'];
/** States in which the force records its own attendance. */
export const ATTENDANCE_STATES: readonly OperationState[] = ['COMPLETED', 'FOLLOW_UP'];

const STALE_MESSAGE = 'Someone else changed this operation since you opened it. Reload it to see their changes, then make yours again.';
const BUILT_IN_KEYS = new Set(BUILT_IN_CHECKLIST_ITEMS.map((item) => item.key));

const stateWords = (state: OperationState) => OPERATION_STATE_NAMES[state].toLowerCase();
const bad = (message: string, field?: string) => new DomainError('BAD_USER_INPUT', message, field);


/**
 * A force's operations: planning, the readiness checklist, the lifecycle. Everything runs under row-level
 * security that admits the owning force only, and every query also names the acting organisation, so a
 * partner, or another force, gets "not found" and empty lists. Partners see what they may through the
 * invitations library. Never log an operation's addresses or reference.
 */
@Injectable()
export class OperationsService {
  private readonly transitionListeners: OperationTransitionListener[] = [];
  private readonly releaseListeners: OperationReleaseListener[] = [];

  constructor(
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly officers: NamedOfficersService,
  ) {}

  /** Registers a listener run after every lifecycle move, in the move's transaction (e.g. cancelling invitations). */
  onTransition(listener: OperationTransitionListener): void {
    this.transitionListeners.push(listener);
  }

  /** Registers a listener run after details are released early, in that transaction (e.g. telling attendees). */
  onRelease(listener: OperationReleaseListener): void {
    this.releaseListeners.push(listener);
  }

  // ---- for other libraries ----

  /** The acting force's operation, or NotFoundError (other forces, partners, unknown ids alike). */
  async getOwned(manager: EntityManager, auth: RequestAuth, id: string): Promise<Operation> {
    const row = isUuid(id) ? await manager.findOneBy(Operation, { id, organisationId: auth.organisationId }) : null;
    if (row === null) throw new NotFoundError();
    return row;
  }

  /** Locks the acting force's operation for this transaction; STALE when it is no longer at `version`. */
  async lockOwned(manager: EntityManager, auth: RequestAuth, id: string, version: number): Promise<Operation> {
    const row = isUuid(id)
      ? await manager.findOne(Operation, { where: { id, organisationId: auth.organisationId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (row === null) throw new NotFoundError();
    if (row.version !== version) throw new DomainError('STALE', STALE_MESSAGE);
    return row;
  }

  /** How many of the operation's checklist items are still unanswered (0: the checklist is complete). */
  async unansweredChecklistItems(manager: EntityManager, operationId: string): Promise<number> {
    const [{ count }] = (await manager.query(
      'SELECT count(*)::int AS count FROM operation_checklist_answer WHERE operation_id = $1 AND answer IS NULL',
      [operationId],
    )) as [{ count: number }];
    return count;
  }

  /**
   * Moves a (locked) operation: checks the move with the shared lifecycle table, the reason where one is
   * needed and the checklist before READY or PARTNERS_NOTIFIED; writes the state, records the transition
   * and the audit entry, bumps the version, then runs every registered listener. Returns the moved row.
   */
  async applyTransition(
    manager: EntityManager,
    auth: RequestAuth,
    operation: Operation,
    action: OperationAction,
    reason: string | null | undefined,
  ): Promise<Operation> {
    const outcome = operationTransition(operation.state, action);
    if (!outcome.ok) throw new DomainError('INVALID_TRANSITION', outcome.message, 'action');
    const trimmed = typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : null;
    if (ACTIONS_NEEDING_A_REASON.includes(action) && trimmed === null) {
      throw new DomainError('REASON_REQUIRED', `Enter the reason the operation is being ${action === 'CANCEL' ? 'cancelled' : 'reopened'}`, 'reason');
    }
    if (trimmed !== null && trimmed.length > LIMITS.reason) throw bad(`Reason must be ${LIMITS.reason} characters or fewer`, 'reason');
    if (action === 'MARK_READY' || action === 'NOTIFY_PARTNERS') {
      const unanswered = await this.unansweredChecklistItems(manager, operation.id);
      if (unanswered > 0) {
        throw new DomainError(
          'CHECKLIST_INCOMPLETE',
          `Answer every checklist item before ${action === 'MARK_READY' ? 'marking the operation ready' : 'notifying partners'}: ${unanswered} still unanswered`,
        );
      }
    }

    const at = await this.nextTransitionTime(manager, operation.id);
    const result = await manager
      .createQueryBuilder()
      .update(Operation)
      .set({ state: outcome.to, stateChangedAt: at, stateChangedByUserId: auth.userId })
      .where('id = :id AND organisation_id = :organisationId AND state = :state AND version = :version', {
        id: operation.id,
        organisationId: auth.organisationId,
        state: operation.state,
        version: operation.version,
      })
      .execute();
    if (result.affected !== 1) throw new DomainError('STALE', STALE_MESSAGE);
    await manager.insert(OperationTransition, {
      id: randomUUID(),
      operationId: operation.id,
      organisationId: operation.organisationId,
      action,
      fromState: operation.state,
      toState: outcome.to,
      reason: trimmed,
      byUserId: auth.userId,
      at,
    });
    await this.record(manager, auth, operation.id, OPERATION_TRANSITION_AUDIT_ACTIONS[action], {
      from: operation.state,
      to: outcome.to,
      ...(trimmed === null ? {} : { reason: trimmed }),
    });
    const moved = await this.getOwned(manager, auth, operation.id);
    for (const listener of this.transitionListeners) {
      await listener(manager, auth, moved, operation.state, outcome.to, action);
    }
    return moved;
  }

  /** The GraphQL views of rows of the acting force, in the order given: a fixed number of queries whatever their count. */
  async toViews(manager: EntityManager, rows: readonly Operation[]): Promise<OperationView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const answers = await manager.find(OperationChecklistAnswer, { where: { operationId: In(ids) }, order: { operationId: 'ASC', position: 'ASC' } });
    const transitions = await manager.find(OperationTransition, { where: { operationId: In(ids) }, order: { operationId: 'ASC', at: 'ASC', id: 'ASC' } });
    const officersOf = await this.officers.forOperations(manager, rows[0]?.organisationId ?? '', ids);
    const names = await this.names(manager, [
      ...answers.flatMap((answer) => (answer.answeredByUserId === null ? [] : [answer.answeredByUserId])),
      ...transitions.map((transition) => transition.byUserId),
    ]);
    const answersOf = group(answers, (answer) => answer.operationId);
    const transitionsOf = group(transitions, (transition) => transition.operationId);
    return rows.map((row) => {
      const checklist = (answersOf.get(row.id) ?? []).map((answer) => ({
        key: answer.itemKey,
        title: answer.title,
        hint: answer.hint,
        answer: answer.answer,
        reason: answer.reason,
        answeredByName: answer.answeredByUserId === null ? null : (names.get(answer.answeredByUserId) ?? null),
        answeredAt: answer.answeredAt,
      }));
      return {
        id: row.id,
        organisationId: row.organisationId,
        reference: row.reference,
        type: row.type,
        state: row.state,
        plannedStart: row.plannedStart,
        plannedDay: row.plannedDay,
        expectedDurationMinutes: row.expectedDurationMinutes,
        generalArea: row.generalArea,
        addresses: row.addresses,
        briefingPoint: row.briefingPoint,
        expectedPeople: row.expectedPeople,
        expectedLanguages: row.expectedLanguages,
        dependentsExpected: row.dependentsExpected,
        dependentsArrangements: row.dependentsArrangements,
        mediaDecision: row.mediaDecision,
        mediaReason: row.mediaReason,
        safeguardingLeadName: row.safeguardingLeadName,
        safeguardingLeadRole: row.safeguardingLeadRole,
        officersAttending: row.officersAttending,
        femaleOfficersAttending: row.femaleOfficersAttending,
        noFemaleOfficersReason: row.noFemaleOfficersReason,
        interpreterArranged: row.interpreterArranged,
        proportionalityStatement: row.proportionalityStatement,
        intelligenceReference: row.intelligenceReference,
        partnershipPlanId: row.partnershipPlanId,
        disclosureAt: row.disclosureAt,
        releasedEarlyAt: row.releasedEarlyAt,
        releaseReason: row.releaseReason,
        officersAttended: row.officersAttended,
        namedOfficers: officersOf.get(row.id) ?? [],
        version: row.version,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        availableActions: availableOperationActions(row.state),
        checklist,
        checklistComplete: checklist.every((item) => item.answer !== null),
        transitions: (transitionsOf.get(row.id) ?? []).map(
          (transition): OperationTransitionRecord => ({
            action: transition.action,
            fromState: transition.fromState,
            toState: transition.toState,
            reason: transition.reason,
            byName: names.get(transition.byUserId) ?? null,
            at: transition.at,
          }),
        ),
      };
    });
  }

  /** The acting force's operation as the GraphQL view. */
  async view(manager: EntityManager, auth: RequestAuth, id: string): Promise<OperationView> {
    const [view] = await this.toViews(manager, [await this.getOwned(manager, auth, id)]);
    if (view === undefined) throw new NotFoundError();
    return view;
  }

  // ---- queries ----

  /**
   * The acting force's operations, today's and later ones first (soonest at the top), then earlier ones
   * (latest first), a page at a time. A partner gets an empty page.
   */
  async list(
    manager: EntityManager,
    auth: RequestAuth,
    filter: OperationsFilterValues | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<OperationPage> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw bad(`Ask for between 1 and ${MAX_PAGE_SIZE} operations at a time`, 'first');
    const states = filter?.states ?? [];
    if (states.some((state) => !OPERATION_STATES.includes(state))) throw bad('Choose states from the list', 'filter.states');
    const from = filter?.from ?? null;
    const to = filter?.to ?? null;
    if (from !== null && !isIsoDate(from)) throw bad('From date must be a real date', 'filter.from');
    if (to !== null && !isIsoDate(to)) throw bad('To date must be a real date', 'filter.to');
    if (from !== null && to !== null && to < from) throw bad('To date must be the same as or after the from date', 'filter.to');
    const cursor = after === null || after === undefined || after === '' ? null : decodeOperationsCursor(after);

    const conditions = ['organisation_id = $1'];
    const params: unknown[] = [auth.organisationId];
    if (states.length > 0) {
      params.push([...states]);
      conditions.push(`state = ANY($${params.length}::operation_state[])`);
    }
    if (from !== null) {
      params.push(from);
      conditions.push(`planned_day >= $${params.length}::date`);
    }
    if (to !== null) {
      params.push(to);
      conditions.push(`planned_day <= $${params.length}::date`);
    }
    const filtered = conditions.join(' AND ');
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM operation WHERE ${filtered}`, params)) as [{ count: number }];

    const today = cursor?.today ?? ukDate(this.clock.now());
    const query = operationsPageQuery(filtered, params, today, cursor, size);
    const keys: { id: string; start_key: string; earlier: boolean }[] = await manager.query(query.text, query.params);
    const page = keys.slice(0, size);
    const rows = page.length === 0 ? [] : await manager.findBy(Operation, { id: In(page.map((key) => key.id)), organisationId: auth.organisationId });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ordered = page.flatMap((key) => {
      const row = byId.get(key.id);
      return row === undefined ? [] : [row];
    });
    const last = page.at(-1);
    return {
      items: await this.toViews(manager, ordered),
      nextCursor: keys.length > size && last !== undefined ? encodeOperationsCursor({ today, earlier: last.earlier, start: last.start_key, id: last.id }) : null,
      totalCount: count,
    };
  }

  // ---- planning ----

  async create(manager: EntityManager, auth: RequestAuth, input: OperationDetails): Promise<OperationView> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') {
      throw new DomainError('NOT_A_FORCE', 'Only a police force can plan an operation.');
    }
    const now = this.clock.now();
    const details = checkedDetailsOrRefuse(input, { now });
    const id = randomUUID();
    await manager.insert(Operation, {
      id,
      organisationId: auth.organisationId,
      state: 'DRAFT',
      ...details,
      releasedEarlyAt: null,
      releaseReason: null,
      officersAttended: null,
      createdByUserId: auth.userId,
      stateChangedAt: now,
      stateChangedByUserId: auth.userId,
    });

    // The checklist it is planned against: the built-in items, then the force's own active ones.
    const own = await manager.find(ChecklistItemDefinition, {
      where: { organisationId: auth.organisationId, retiredAt: IsNull() },
      order: { createdAt: 'ASC', key: 'ASC' },
    });
    const items = [...BUILT_IN_CHECKLIST_ITEMS.map(({ key, title, hint }) => ({ key, title, hint })), ...own.map(({ key, title, hint }) => ({ key, title, hint }))];
    await manager.insert(
      OperationChecklistAnswer,
      items.map((item, position) => ({
        operationId: id,
        itemKey: item.key,
        organisationId: auth.organisationId,
        position,
        title: item.title,
        hint: item.hint,
        answer: null,
        reason: null,
        answeredByUserId: null,
        answeredAt: null,
      })),
    );
    await this.record(manager, auth, id, 'operation.created', { type: details.type, checklistItems: items.length });
    return this.view(manager, auth, id);
  }

  async update(manager: EntityManager, auth: RequestAuth, id: string, version: number, input: OperationDetails): Promise<OperationView> {
    const row = await this.lockOwned(manager, auth, id, version);
    if (!EDITABLE_OPERATION_STATES.includes(row.state)) {
      throw new DomainError('NOT_EDITABLE', `An operation that is ${stateWords(row.state)} can no longer be changed: only one that has not started can.`);
    }
    const details = checkedDetailsOrRefuse(input, { now: this.clock.now(), storedStart: row.plannedStart, releasedEarlyAt: row.releasedEarlyAt });

    await this.keepMetAnswersTrue(manager, row.id, details, { which: 'these details no longer allow', then: 'change that checklist answer first' });

    // Fewer officers attending than before may leave fewer than are named.
    if (details.officersAttending < row.officersAttending) {
      const named = await this.officers.count(manager, auth, row.id);
      if (details.officersAttending < named) {
        throw bad(`Officers attending must be at least the ${named} officers named for it: take some off the named officers first`, 'officersAttending');
      }
    }

    const changed = (Object.keys(details) as (keyof CheckedDetails)[]).filter((key) => !same(row[key], details[key]));
    if (changed.length === 0) return this.view(manager, auth, id);
    await manager
      .createQueryBuilder()
      .update(Operation)
      .set(details)
      .where('id = :id AND organisation_id = :organisationId', { id: row.id, organisationId: auth.organisationId })
      .execute();
    // Field names only: never the reference or an address.
    await this.record(manager, auth, row.id, 'operation.updated', { changed });
    return this.view(manager, auth, id);
  }

  async answerChecklist(
    manager: EntityManager,
    auth: RequestAuth,
    id: string,
    version: number,
    answers: readonly ChecklistAnswerValues[],
  ): Promise<OperationView> {
    const row = await this.lockOwned(manager, auth, id, version);
    if (!CHECKLIST_OPEN_STATES.includes(row.state)) {
      throw new DomainError(
        'CHECKLIST_SETTLED',
        `The checklist is settled once partners are notified: an operation that is ${stateWords(row.state)} cannot have its checklist changed.`,
      );
    }
    const items = await manager.find(OperationChecklistAnswer, { where: { operationId: row.id } });
    const facts = { ...row, namedOfficersWithoutMshtTraining: await this.officers.withoutMshtTraining(manager, auth, row.id) };
    const checked = checkChecklistAnswers(answers, new Map(items.map((item) => [item.itemKey, { title: item.title }])), facts);
    const now = this.clock.now();
    await manager.query(
      `UPDATE operation_checklist_answer a
          SET answer = v.answer::checklist_answer, reason = v.reason, answered_by_user_id = $2, answered_at = $3
         FROM unnest($4::text[], $5::text[], $6::text[]) AS v(item_key, answer, reason)
        WHERE a.operation_id = $1 AND a.item_key = v.item_key`,
      [row.id, auth.userId, now, checked.map((a) => a.key), checked.map((a) => a.answer), checked.map((a) => a.reason)],
    );
    await this.bumpVersion(manager, auth, row.id);
    await this.record(manager, auth, row.id, 'operation.checklist-answered', {
      answers: checked.map(({ key, answer }) => ({ key, answer })),
    });
    return this.view(manager, auth, id);
  }

  /** A lifecycle move other than notifying partners (that is `notifyPartners`, which creates the invitations). */
  async transition(
    manager: EntityManager,
    auth: RequestAuth,
    id: string,
    version: number,
    action: OperationAction,
    reason: string | null | undefined,
  ): Promise<OperationView> {
    const row = await this.lockOwned(manager, auth, id, version);
    if (action === 'NOTIFY_PARTNERS') {
      throw new DomainError('USE_NOTIFY_PARTNERS', 'To notify partners, choose the partners to invite and send the invitations (notifyPartners): that moves the operation on.', 'action');
    }
    await this.applyTransition(manager, auth, row, action, reason);
    return this.view(manager, auth, id);
  }

  /** Releases the disclosed details to accepting partners' named attendees now, ahead of the disclosure time. */
  async releaseDetailsEarly(manager: EntityManager, auth: RequestAuth, id: string, version: number, reason: string): Promise<OperationView> {
    const row = await this.lockOwned(manager, auth, id, version);
    if (!DISCLOSING_STATES.includes(row.state)) {
      throw new DomainError(
        'INVALID_STATE',
        `Details can be released early only once partners are notified and until the operation is completed: this one is ${stateWords(row.state)}.`,
      );
    }
    const trimmed = typeof reason === 'string' ? reason.trim() : '';
    if (trimmed === '') throw new DomainError('REASON_REQUIRED', 'Enter the reason the details are being released early', 'reason');
    if (trimmed.length > LIMITS.reason) throw bad(`Reason must be ${LIMITS.reason} characters or fewer`, 'reason');
    const now = this.clock.now();
    if (row.disclosureAt.getTime() <= now.getTime()) {
      throw new DomainError('ALREADY_RELEASED', 'The disclosure time has passed: the details are already available to the named attendees of accepting partners.');
    }
    await manager
      .createQueryBuilder()
      .update(Operation)
      .set({ releasedEarlyAt: now, releaseReason: trimmed, disclosureAt: now })
      .where('id = :id AND organisation_id = :organisationId', { id: row.id, organisationId: auth.organisationId })
      .execute();
    // In the operation's history beside its moves, though it moves nothing.
    await manager.insert(OperationTransition, {
      id: randomUUID(),
      operationId: row.id,
      organisationId: row.organisationId,
      action: 'RELEASE_DETAILS_EARLY',
      fromState: row.state,
      toState: row.state,
      reason: trimmed,
      byUserId: auth.userId,
      at: await this.nextTransitionTime(manager, row.id),
    });
    await this.record(manager, auth, row.id, 'operation.details-released-early', { reason: trimmed });
    const released = await this.getOwned(manager, auth, row.id);
    for (const listener of this.releaseListeners) await listener(manager, auth, released);
    return this.view(manager, auth, id);
  }

  /**
   * Names exactly these of the force's active people to attend, before the operation starts. Someone named
   * without current MSHT training is flagged on the operation (and in the audit entry) before the day.
   */
  async nameOfficers(manager: EntityManager, auth: RequestAuth, id: string, version: number, userIds: readonly string[]): Promise<OperationView> {
    const row = await this.lockOwned(manager, auth, id, version);
    if (!EDITABLE_OPERATION_STATES.includes(row.state)) {
      throw new DomainError('NOT_EDITABLE', `Officers are named before the operation starts: this one is ${stateWords(row.state)}.`);
    }
    const { added, removed, untrained } = await this.officers.replace(manager, auth, row, userIds, this.clock.now());
    if (added.length === 0 && removed.length === 0) return this.view(manager, auth, id);
    if (untrained.length > 0) {
      // The request's transaction undoes the naming when it is refused.
      await this.keepMetAnswersTrue(
        manager,
        row.id,
        { ...row, namedOfficersWithoutMshtTraining: untrained.length },
        { which: 'someone without current MSHT training would no longer allow', then: 'name someone trained, or change that checklist answer first', field: 'userIds' },
      );
    }
    await this.bumpVersion(manager, auth, row.id);
    await this.record(manager, auth, row.id, 'operation.officers-named', { added, removed, withoutMshtTraining: untrained });
    return this.view(manager, auth, id);
  }

  /** How many of the force's officers attended, and which of those named did (when `attendedOfficerIds` is given). */
  async recordForceAttendance(
    manager: EntityManager,
    auth: RequestAuth,
    id: string,
    version: number,
    officersAttended: number,
    attendedOfficerIds: readonly string[] | null | undefined,
  ): Promise<OperationView> {
    const row = await this.lockOwned(manager, auth, id, version);
    if (!ATTENDANCE_STATES.includes(row.state)) {
      throw new DomainError('INVALID_STATE', `Attendance is recorded once the operation is completed: this one is ${stateWords(row.state)}.`);
    }
    if (!Number.isInteger(officersAttended) || officersAttended < 0) throw bad('Officers who attended must be a whole number, 0 or more', 'officersAttended');
    if (officersAttended > LIMITS.maxOfficers) throw bad(`Officers who attended must be ${LIMITS.maxOfficers} or fewer`, 'officersAttended');
    const named =
      attendedOfficerIds === null || attendedOfficerIds === undefined ? null : await this.officers.recordAttendance(manager, auth, row.id, attendedOfficerIds);
    if (named !== null && named.attended.length > officersAttended) {
      throw bad(`Officers who attended must count the ${named.attended.length} named officers marked as attended`, 'officersAttended');
    }
    await manager
      .createQueryBuilder()
      .update(Operation)
      .set({ officersAttended })
      .where('id = :id AND organisation_id = :organisationId', { id: row.id, organisationId: auth.organisationId })
      .execute();
    await this.record(manager, auth, row.id, 'operation.force-attendance-recorded', {
      officersAttended,
      ...(named === null ? {} : { namedAttended: named.attended, namedAbsent: named.absent }),
    });
    return this.view(manager, auth, id);
  }

  /** The acting force's people who may be named to attend its operations. */
  async officerChoices(manager: EntityManager, auth: RequestAuth): Promise<OfficerChoiceView[]> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') return [];
    return this.officers.choices(manager, auth);
  }

  // ---- the force's own checklist items ----

  /** The items new operations are asked: the built-in ones, then the force's own active ones. None for a partner. */
  async checklistDefinitions(manager: EntityManager, auth: RequestAuth): Promise<ChecklistItemDefinitionView[]> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') return [];
    const own = await this.activeDefinitions(manager, auth);
    return [
      ...BUILT_IN_CHECKLIST_ITEMS.map(({ key, title, hint }) => ({ key, title, hint, builtIn: true })),
      ...own.map(({ key, title, hint }) => ({ key, title, hint, builtIn: false })),
    ];
  }

  async addChecklistDefinition(manager: EntityManager, auth: RequestAuth, title: string, hint: string): Promise<ChecklistItemDefinitionView> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') throw new DomainError('NOT_A_FORCE', 'Only a police force has a readiness checklist.');
    const cleanTitle = typeof title === 'string' ? title.trim().replace(/\s+/g, ' ') : '';
    if (cleanTitle === '') throw bad('Enter the title', 'title');
    if (cleanTitle.length < LIMITS.checklistTitleMin) throw bad(`Title must be at least ${LIMITS.checklistTitleMin} characters`, 'title');
    if (cleanTitle.length > LIMITS.checklistTitleMax) throw bad(`Title must be ${LIMITS.checklistTitleMax} characters or fewer`, 'title');
    const cleanHint = typeof hint === 'string' ? hint.trim() : '';
    if (cleanHint.length > LIMITS.checklistHint) throw bad(`Hint must be ${LIMITS.checklistHint} characters or fewer`, 'hint');
    const duplicate = () => bad(`There is already a checklist item called “${cleanTitle}”`, 'title');
    const taken = [...BUILT_IN_CHECKLIST_ITEMS, ...(await this.activeDefinitions(manager, auth))].some(
      (item) => item.title.toLowerCase() === cleanTitle.toLowerCase(),
    );
    if (taken) throw duplicate();

    const key = `custom-${randomUUID()}`;
    try {
      await manager.insert(ChecklistItemDefinition, {
        key,
        organisationId: auth.organisationId,
        title: cleanTitle,
        hint: cleanHint,
        createdByUserId: auth.userId,
        createdAt: this.clock.now(),
        retiredAt: null,
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'UQ_checklist_item_definition_title') throw duplicate();
      throw error;
    }
    await this.audit.record(manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action: 'operation.checklist-item-added',
      subjectType: 'checklist_item_definition',
      subjectId: key,
      detail: { title: cleanTitle },
    });
    return { key, title: cleanTitle, hint: cleanHint, builtIn: false };
  }

  /** Stops asking new operations a force's own item; operations already planned keep their answers. */
  async retireChecklistDefinition(manager: EntityManager, auth: RequestAuth, key: string): Promise<ChecklistItemDefinitionView> {
    if (BUILT_IN_KEYS.has(key)) throw bad('Built-in checklist items cannot be retired', 'key');
    const definition =
      typeof key === 'string' && key.startsWith('custom-')
        ? await manager.findOne(ChecklistItemDefinition, {
            where: { key, organisationId: auth.organisationId, retiredAt: IsNull() },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
    if (definition === null) throw new NotFoundError();
    await manager.update(ChecklistItemDefinition, { key: definition.key, organisationId: auth.organisationId }, { retiredAt: this.clock.now() });
    await this.audit.record(manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action: 'operation.checklist-item-retired',
      subjectType: 'checklist_item_definition',
      subjectId: definition.key,
      detail: { title: definition.title },
    });
    return { key: definition.key, title: definition.title, hint: definition.hint, builtIn: false };
  }

  // ---- helpers ----

  private activeDefinitions(manager: EntityManager, auth: RequestAuth): Promise<ChecklistItemDefinition[]> {
    return manager.find(ChecklistItemDefinition, {
      where: { organisationId: auth.organisationId, retiredAt: IsNull() },
      order: { createdAt: 'ASC', key: 'ASC' },
    });
  }

  /** Now, or just after the operation's last move, so the history's order never depends on a tie. */
  private async nextTransitionTime(manager: EntityManager, operationId: string): Promise<Date> {
    const now = this.clock.now();
    const [{ last }] = (await manager.query('SELECT max(at) AS last FROM operation_transition WHERE operation_id = $1', [operationId])) as [
      { last: Date | null },
    ];
    return last !== null && last.getTime() >= now.getTime() ? new Date(last.getTime() + 1) : now;
  }

  /**
   * An item answered MET stays true: refuses a change whose facts would no longer allow one, naming the item,
   * `which` (why not) and `then` (what to do), on `field` or else the detail the item rests on.
   */
  private async keepMetAnswersTrue(
    manager: EntityManager,
    operationId: string,
    facts: ChecklistFacts,
    say: { readonly which: string; readonly then: string; readonly field?: string },
  ): Promise<void> {
    const met = await manager.find(OperationChecklistAnswer, { where: { operationId, answer: 'MET' }, order: { position: 'ASC' } });
    for (const item of met) {
      const refusal = metRefusal(item.itemKey, facts);
      if (refusal !== null) throw bad(`The checklist answers “${item.title}” as met, which ${say.which}: ${say.then}`, say.field ?? refusal.field);
    }
  }

  private async bumpVersion(manager: EntityManager, auth: RequestAuth, id: string): Promise<void> {
    await manager.query('UPDATE operation SET version = version + 1, updated_at = now() WHERE id = $1 AND organisation_id = $2', [id, auth.organisationId]);
  }

  /** Display names of the acting organisation's people (row-level security shows no one else's). */
  private async names(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await manager.query('SELECT id, display_name FROM user_account WHERE id = ANY($1::uuid[])', [unique]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  private async record(manager: EntityManager, auth: RequestAuth, operationId: string, action: AuditAction, detail: Record<string, unknown>): Promise<void> {
    await this.audit.record(manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action,
      subjectType: 'operation',
      subjectId: operationId,
      detail,
    });
  }
}

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [item]);
    else list.push(item);
  }
  return groups;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}
