import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { OrganisationsService } from '@liaise/api-organisations';
import { type AuditAction, isIsoDate, isUuid, ukDate } from '@liaise/shared-domain';
import { OPEN_PAIR_INDEX, type Partnership } from './partnership.entity.js';
import { PartnershipRepository } from './partnership.repository.js';
import type { AgreementInput, ProposePartnershipInput, UpdatePartnershipAgreementInput } from './partnership.inputs.js';
import {
  OPEN_PARTNERSHIP_STATUSES,
  PARTNERSHIP_ACTIONS,
  partnershipTransition,
  type PartnershipAction,
  type PartnershipSide,
  type PartnershipStatus,
} from './partnership-rules.js';
import type { PartnershipType } from './partnership.types.js';

/** Longest reason for declining, suspending or ending. */
export const MAX_REASON_LENGTH = 1000;

const STATUS_WORDS: Readonly<Record<PartnershipStatus, string>> = {
  PROPOSED: 'proposed',
  ACTIVE: 'active',
  DECLINED: 'declined',
  SUSPENDED: 'suspended',
  ENDED: 'ended',
};

const PARTNERSHIP_AUDIT_ACTIONS: Readonly<Record<PartnershipAction, AuditAction>> = {
  accept: 'partnership.accepted',
  decline: 'partnership.declined',
  suspend: 'partnership.suspended',
  resume: 'partnership.resumed',
  end: 'partnership.ended',
};

/**
 * Partnerships between a force and a project. Every read and write runs under row-level security that
 * admits only the two organisations; every change is audited on both organisations' trails.
 */
@Injectable()
export class PartnershipService {
  constructor(
    private readonly partnerships: PartnershipRepository,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * True when the force and the project are in an ACTIVE partnership and both organisations are active.
   * Takes a share lock on the partnership row, so a suspension or ending committed at the same time either
   * waits for the caller's transaction or is seen by it: nothing new is allowed on a partnership that has
   * just been suspended or ended. Call it inside the transaction that creates what needs the partnership.
   */
  async isActiveBetween(manager: EntityManager, forceOrganisationId: string, projectOrganisationId: string): Promise<boolean> {
    if (!isUuid(forceOrganisationId) || !isUuid(projectOrganisationId)) return false;
    if (!(await this.partnerships.lockActiveBetween(manager, forceOrganisationId, projectOrganisationId))) return false;
    const organisations = await this.partnerships.organisations(manager, [forceOrganisationId, projectOrganisationId]);
    return [forceOrganisationId, projectOrganisationId].every((id) => organisations.get(id)?.status === 'ACTIVE');
  }

  async list(manager: EntityManager, auth: RequestAuth, statuses?: readonly PartnershipStatus[]): Promise<PartnershipType[]> {
    return this.views(manager, auth, await this.partnerships.list(manager, statuses));
  }

  async get(manager: EntityManager, auth: RequestAuth, id: string): Promise<PartnershipType> {
    const row = await this.find(manager, id);
    const [view] = await this.views(manager, auth, [row]);
    if (view === undefined) throw new NotFoundError();
    return view;
  }

  async propose(manager: EntityManager, auth: RequestAuth, input: ProposePartnershipInput): Promise<PartnershipType> {
    const mine = await this.organisations.mine(manager, auth.organisationId);
    if (mine.kind !== 'POLICE_FORCE') {
      throw new DomainError('NOT_A_FORCE', 'Only a police force can propose a partnership. Ask the force to propose it, then accept it here.');
    }
    const project = await this.organisations.directoryEntry(manager, input.projectOrganisationId);
    if (project === undefined) {
      throw new DomainError('NOT_FOUND', 'Choose a project from the directory', 'projectOrganisationId');
    }
    this.checkAgreement(input);
    const open = await this.partnerships.openBetween(manager, auth.organisationId, project.id);
    if (open !== null) throw this.alreadyOpen(project.name, open.status);

    const now = this.clock.now();
    const id = randomUUID();
    try {
      await this.partnerships.insert(manager, {
        id,
        forceOrganisationId: auth.organisationId,
        projectOrganisationId: project.id,
        status: 'PROPOSED',
        legalBasis: input.legalBasis,
        agreementReference: input.agreementReference.trim(),
        signedOn: input.signedOn,
        reviewOn: input.reviewOn,
        proposedByUserId: auth.userId,
        proposedAt: now,
        respondedByUserId: null,
        respondedAt: null,
        statusReason: null,
        statusChangedAt: now,
        statusChangedByUserId: auth.userId,
        statusChangedByOrganisationId: auth.organisationId,
      });
    } catch (error) {
      // Two proposals at once: the index lets one through.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === OPEN_PAIR_INDEX) {
        throw this.alreadyOpen(project.name, 'PROPOSED');
      }
      throw error;
    }
    const created = await this.find(manager, id);
    await this.record(manager, auth, created, 'partnership.proposed', {
      legalBasis: created.legalBasis,
      agreementReference: created.agreementReference,
      signedOn: created.signedOn,
      reviewOn: created.reviewOn,
    });
    return this.get(manager, auth, id);
  }

  respond(manager: EntityManager, auth: RequestAuth, id: string, accept: boolean, reason: string | null | undefined): Promise<PartnershipType> {
    return this.transition(manager, auth, id, accept ? 'accept' : 'decline', reason);
  }

  async transition(
    manager: EntityManager,
    auth: RequestAuth,
    id: string,
    action: PartnershipAction,
    reason: string | null | undefined,
  ): Promise<PartnershipType> {
    const row = await this.find(manager, id);
    const trimmedReason = reason?.trim() || null;
    if (trimmedReason !== null && trimmedReason.length > MAX_REASON_LENGTH) {
      throw new DomainError('BAD_USER_INPUT', `Reason must be ${MAX_REASON_LENGTH} characters or fewer`, 'reason');
    }
    const side = this.sideOf(row, auth);
    const outcome = partnershipTransition({
      status: row.status,
      action,
      side,
      suspendedBy: row.status === 'SUSPENDED' ? this.sideOfOrganisation(row, row.statusChangedByOrganisationId) : null,
      reason: trimmedReason,
    });
    if (!outcome.allowed) throw new DomainError(outcome.code, outcome.message, outcome.code === 'REASON_REQUIRED' ? 'reason' : undefined);

    const now = this.clock.now();
    const responding = action === 'accept' || action === 'decline';
    const moved = await this.partnerships.changeStatus(manager, row.id, row.status, {
      status: outcome.to,
      statusReason: trimmedReason,
      statusChangedAt: now,
      statusChangedByUserId: auth.userId,
      statusChangedByOrganisationId: auth.organisationId,
      ...(responding ? { respondedByUserId: auth.userId, respondedAt: now } : {}),
    });
    if (!moved) {
      // Someone else changed it first: answer from where it is now.
      const current = await this.find(manager, id);
      const again = partnershipTransition({ status: current.status, action, side, reason: trimmedReason });
      throw new DomainError('STALE', again.allowed ? 'The partnership changed while you were looking at it. Check it and try again.' : again.message);
    }
    const changed = await this.find(manager, id);
    await this.record(manager, auth, changed, PARTNERSHIP_AUDIT_ACTIONS[action], {
      from: row.status,
      to: outcome.to,
      ...(trimmedReason === null ? {} : { reason: trimmedReason }),
    });
    return this.get(manager, auth, id);
  }

  async updateAgreement(manager: EntityManager, auth: RequestAuth, input: UpdatePartnershipAgreementInput): Promise<PartnershipType> {
    const row = await this.find(manager, input.id);
    if (!OPEN_PARTNERSHIP_STATUSES.includes(row.status)) {
      throw new DomainError('INVALID_TRANSITION', `This partnership is ${STATUS_WORDS[row.status]}, so its agreement cannot be changed`);
    }
    this.checkAgreement(input, false);
    const agreement = {
      legalBasis: input.legalBasis,
      agreementReference: input.agreementReference.trim(),
      signedOn: input.signedOn,
      reviewOn: input.reviewOn,
    };
    if (!(await this.partnerships.changeAgreement(manager, row.id, input.version, agreement))) {
      throw new DomainError('STALE', 'Someone else changed the partnership while you were editing it. Check the agreement and make your changes again.');
    }
    const changed = (Object.keys(agreement) as (keyof typeof agreement)[]).filter((key) => row[key] !== agreement[key]);
    const updated = await this.find(manager, input.id);
    await this.record(manager, auth, updated, 'partnership.agreement-updated', { changed, ...agreement });
    return this.get(manager, auth, input.id);
  }

  /** The row, if the acting organisation is one of its sides (row-level security sees to that). */
  private async find(manager: EntityManager, id: string): Promise<Partnership> {
    const row = isUuid(id) ? await this.partnerships.byId(manager, id) : null;
    if (row === null) throw new NotFoundError();
    return row;
  }

  private checkAgreement(input: AgreementInput, proposing = true): void {
    const today = ukDate(this.clock.now());
    if (!isIsoDate(input.signedOn)) throw new DomainError('BAD_USER_INPUT', 'Date signed must be a real date', 'signedOn');
    if (!isIsoDate(input.reviewOn)) throw new DomainError('BAD_USER_INPUT', 'Review date must be a real date', 'reviewOn');
    if (input.signedOn > today) throw new DomainError('BAD_USER_INPUT', 'Date signed must be today or in the past', 'signedOn');
    if (input.reviewOn <= input.signedOn) throw new DomainError('BAD_USER_INPUT', 'Review date must be after the date signed', 'reviewOn');
    if (proposing && input.reviewOn < today) throw new DomainError('BAD_USER_INPUT', 'Review date must be today or in the future', 'reviewOn');
  }

  private alreadyOpen(projectName: string, status: PartnershipStatus): DomainError {
    return new DomainError(
      'PARTNERSHIP_EXISTS',
      `You already have ${status === 'ACTIVE' ? 'an' : 'a'} ${STATUS_WORDS[status]} partnership with ${projectName}. End it before proposing a new one.`,
      'projectOrganisationId',
    );
  }

  private sideOf(row: Partnership, auth: RequestAuth): PartnershipSide {
    const side = this.sideOfOrganisation(row, auth.organisationId);
    // Row-level security shows a partnership to its two sides only.
    if (side === null) throw new NotFoundError();
    return side;
  }

  private sideOfOrganisation(row: Partnership, organisationId: string): PartnershipSide | null {
    if (organisationId === row.forceOrganisationId) return 'FORCE';
    if (organisationId === row.projectOrganisationId) return 'PROJECT';
    return null;
  }

  private async record(
    manager: EntityManager,
    auth: RequestAuth,
    row: Partnership,
    action: AuditAction,
    detail: Record<string, unknown>,
  ): Promise<void> {
    for (const trail of [row.forceOrganisationId, row.projectOrganisationId]) {
      await this.audit.record(manager, {
        organisationId: trail,
        actorUserId: auth.userId,
        actorOrganisationId: auth.organisationId,
        action,
        subjectType: 'partnership',
        subjectId: row.id,
        detail,
      });
    }
  }

  private async views(manager: EntityManager, auth: RequestAuth, rows: readonly Partnership[]): Promise<PartnershipType[]> {
    const organisations = await this.partnerships.organisations(
      manager,
      rows.flatMap((row) => [row.forceOrganisationId, row.projectOrganisationId]),
    );
    return rows.flatMap((row) => {
      const side = this.sideOfOrganisation(row, auth.organisationId);
      const force = organisations.get(row.forceOrganisationId);
      const project = organisations.get(row.projectOrganisationId);
      if (side === null || force === undefined || project === undefined) return [];
      const suspendedBy = row.status === 'SUSPENDED' ? this.sideOfOrganisation(row, row.statusChangedByOrganisationId) : null;
      const statusChangedBy = this.sideOfOrganisation(row, row.statusChangedByOrganisationId) ?? 'FORCE';
      return [
        {
          id: row.id,
          status: row.status,
          force,
          project,
          mySide: side,
          availableActions: PARTNERSHIP_ACTIONS.filter((action) => {
            const outcome = partnershipTransition({ status: row.status, action, side, suspendedBy, reason: 'given' });
            return outcome.allowed;
          }),
          legalBasis: row.legalBasis,
          agreementReference: row.agreementReference,
          signedOn: row.signedOn,
          reviewOn: row.reviewOn,
          proposedAt: row.proposedAt,
          respondedAt: row.respondedAt,
          statusReason: row.statusReason,
          statusChangedAt: row.statusChangedAt,
          statusChangedBy,
          version: row.version,
        },
      ];
    });
  }
}
