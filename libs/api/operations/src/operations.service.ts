import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, DomainError, type RequestAuth } from '@liaise/api-core';
import { DISCLOSING_STATES, OPERATION_TRANSITION_AUDIT_ACTIONS, type OperationAction, type OperationState, operationTransition } from '@liaise/shared-domain';
import { ChecklistAnswerRepository } from './data/checklist-answer.repository.js';
import { OperationRepository } from './data/operation.repository.js';
import { TransitionRepository } from './data/transition.repository.js';
import { checklistIncomplete, nextTransitionTime, releaseReason, stateWords, transitionReason } from './lifecycle/lifecycle-rules.js';
import { OperationAudit } from './operation-audit.js';
import type { Operation } from './operation.entity.js';
import type { OperationView } from './operation.types.js';
import { OwnedOperations, STALE_MESSAGE } from './owned-operations.js';
import { OperationViews } from './views/operation-views.service.js';

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

/**
 * An operation's lifecycle (its moves and the early release of its details), and an operation as other
 * libraries reach it: the invitations library moves it when partners are notified and listens to its moves.
 * Everything runs under row-level security that admits the owning force only, and every query also names
 * the acting organisation, so a partner, or another force, gets "not found". Never log an operation's
 * addresses or reference.
 */
@Injectable()
export class OperationsService {
  private readonly transitionListeners: OperationTransitionListener[] = [];
  private readonly releaseListeners: OperationReleaseListener[] = [];

  constructor(
    private readonly owned: OwnedOperations,
    private readonly operations: OperationRepository,
    private readonly checklists: ChecklistAnswerRepository,
    private readonly transitions: TransitionRepository,
    private readonly audit: OperationAudit,
    private readonly views: OperationViews,
    private readonly clock: Clock,
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
  getOwned(manager: EntityManager, auth: RequestAuth, id: string): Promise<Operation> {
    return this.owned.get(manager, auth, id);
  }

  /** Locks the acting force's operation for this transaction; STALE when it is no longer at `version`. */
  lockOwned(manager: EntityManager, auth: RequestAuth, id: string, version: number): Promise<Operation> {
    return this.owned.lock(manager, auth, id, version);
  }

  /** The acting force's operation as the GraphQL view. */
  view(manager: EntityManager, auth: RequestAuth, id: string): Promise<OperationView> {
    return this.views.view(manager, auth, id);
  }

  /** How many of the operation's checklist items are still unanswered (0: the checklist is complete). */
  unansweredChecklistItems(manager: EntityManager, operationId: string): Promise<number> {
    return this.checklists.unanswered(manager, operationId);
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
    const trimmed = transitionReason(action, reason);
    if (action === 'MARK_READY' || action === 'NOTIFY_PARTNERS') {
      const unanswered = await this.checklists.unanswered(manager, operation.id);
      if (unanswered > 0) throw checklistIncomplete(action, unanswered);
    }

    const at = nextTransitionTime(this.clock.now(), await this.transitions.lastAt(manager, operation.id));
    const moved = await this.operations.moveState(manager, operation, { to: outcome.to, at, byUserId: auth.userId });
    if (!moved) throw new DomainError('STALE', STALE_MESSAGE);
    await this.transitions.add(manager, {
      operationId: operation.id,
      organisationId: operation.organisationId,
      action,
      fromState: operation.state,
      toState: outcome.to,
      reason: trimmed,
      byUserId: auth.userId,
      at,
    });
    await this.audit.record(manager, auth, { type: 'operation', id: operation.id }, OPERATION_TRANSITION_AUDIT_ACTIONS[action], {
      from: operation.state,
      to: outcome.to,
      ...(trimmed === null ? {} : { reason: trimmed }),
    });
    const after = await this.owned.get(manager, auth, operation.id);
    for (const listener of this.transitionListeners) {
      await listener(manager, auth, after, operation.state, outcome.to, action);
    }
    return after;
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
    const row = await this.owned.lock(manager, auth, id, version);
    if (action === 'NOTIFY_PARTNERS') {
      throw new DomainError('USE_NOTIFY_PARTNERS', 'To notify partners, choose the partners to invite and send the invitations (notifyPartners): that moves the operation on.', 'action');
    }
    await this.applyTransition(manager, auth, row, action, reason);
    return this.views.view(manager, auth, id);
  }

  /** Releases the disclosed details to accepting partners' named attendees now, ahead of the disclosure time. */
  async releaseDetailsEarly(manager: EntityManager, auth: RequestAuth, id: string, version: number, reason: string): Promise<OperationView> {
    const row = await this.owned.lock(manager, auth, id, version);
    if (!DISCLOSING_STATES.includes(row.state)) {
      throw new DomainError(
        'INVALID_STATE',
        `Details can be released early only once partners are notified and until the operation is completed: this one is ${stateWords(row.state)}.`,
      );
    }
    const trimmed = releaseReason(reason);
    const now = this.clock.now();
    if (row.disclosureAt.getTime() <= now.getTime()) {
      throw new DomainError('ALREADY_RELEASED', 'The disclosure time has passed: the details are already available to the named attendees of accepting partners.');
    }
    await this.operations.setRelease(manager, auth.organisationId, row.id, now, trimmed);
    // In the operation's history beside its moves, though it moves nothing.
    await this.transitions.add(manager, {
      operationId: row.id,
      organisationId: row.organisationId,
      action: 'RELEASE_DETAILS_EARLY',
      fromState: row.state,
      toState: row.state,
      reason: trimmed,
      byUserId: auth.userId,
      at: nextTransitionTime(this.clock.now(), await this.transitions.lastAt(manager, row.id)),
    });
    await this.audit.record(manager, auth, { type: 'operation', id: row.id }, 'operation.details-released-early', { reason: trimmed });
    const released = await this.owned.get(manager, auth, row.id);
    for (const listener of this.releaseListeners) await listener(manager, auth, released);
    return this.views.view(manager, auth, id);
  }
}
