import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, type RequestAuth } from '@liaise/api-core';
import { InvitedOperationRepository } from '../data/invited-operation.repository.js';
import type { InvitedOperation, OperationDisclosure } from '../invitation.types.js';

/** In the request's context: the operations whose disclosed details this request has already audited a reveal of. */
const AUDITED_REVEALS = Symbol('operations revealed in this request');

/**
 * What an invited partner may see of an operation beyond what every invited partner sees: its exact
 * addresses, start time and briefing point, for a named attendee of an accepting partner inside the
 * disclosure window (the `operation_disclosure` function decides). Each reveal is audited.
 */
@Injectable()
export class DisclosureService {
  constructor(
    private readonly operations: InvitedOperationRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cls: ClsService,
  ) {}

  /**
   * The disclosed details of an operation, for the acting user only when they may see them now; null
   * otherwise. Each reveal is audited on the partner's trail and the force's, in the request's transaction:
   * RevealGuardPlugin withholds the whole answer of a request that revealed something and failed (its
   * transaction, and so the audit entry, is rolled back). The force's own people see the details on the
   * Operation, not here.
   */
  async disclosure(manager: EntityManager, auth: RequestAuth, operation: InvitedOperation): Promise<OperationDisclosure | null> {
    if (auth.organisationId === operation.forceOrganisationId) return null;
    const details = await this.operations.disclosure(manager, operation.id, this.clock.now());
    if (details === null || !this.firstRevealInRequest(operation.id)) return details;
    await this.audit.recordForBoth(manager, [auth.organisationId, operation.forceOrganisationId], {
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action: 'operation.details-disclosed',
      subjectType: 'operation',
      subjectId: operation.id,
      // Never the details themselves.
      detail: { fields: ['plannedStart', 'addresses', 'briefingPoint'] },
    });
    return details;
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
}
