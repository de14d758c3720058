import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, DomainError, type RequestAuth } from '@liaise/api-core';
import { OrganisationsService } from '@liaise/api-organisations';
import { BUILT_IN_CHECKLIST_ITEMS, EDITABLE_OPERATION_STATES, type CheckedDetails, type OperationDetails } from '@liaise/shared-domain';
import { checkMetAnswersHold } from '../checklist/checklist-rules.js';
import { ChecklistAnswerRepository } from '../data/checklist-answer.repository.js';
import { ChecklistDefinitionRepository } from '../data/checklist-definition.repository.js';
import { OperationRepository } from '../data/operation.repository.js';
import { stateWords } from '../lifecycle/lifecycle-rules.js';
import { NamedOfficersService } from '../officers/named-officers.service.js';
import { OperationAudit } from '../operation-audit.js';
import type { OperationView } from '../operation.types.js';
import { OwnedOperations } from '../owned-operations.js';
import { OperationViews } from '../views/operation-views.service.js';
import { checkedDetailsOrRefuse } from './details-refusal.js';

/** Planning an operation: drafting it with its details and checklist, and changing its details until it starts. */
@Injectable()
export class OperationDetailsService {
  constructor(
    private readonly owned: OwnedOperations,
    private readonly operations: OperationRepository,
    private readonly checklists: ChecklistAnswerRepository,
    private readonly definitions: ChecklistDefinitionRepository,
    private readonly officers: NamedOfficersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: OperationAudit,
    private readonly views: OperationViews,
    private readonly clock: Clock,
  ) {}

  /** A DRAFT planned against the checklist the force asks today: the built-in items, then its own active ones. */
  async create(manager: EntityManager, auth: RequestAuth, input: OperationDetails): Promise<OperationView> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') {
      throw new DomainError('NOT_A_FORCE', 'Only a police force can plan an operation.');
    }
    const now = this.clock.now();
    const details = checkedDetailsOrRefuse(input, { now });
    const id = randomUUID();
    await this.operations.insert(manager, {
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
    const own = await this.definitions.active(manager, auth.organisationId);
    const items = [...BUILT_IN_CHECKLIST_ITEMS, ...own].map(({ key, title, hint }) => ({ key, title, hint }));
    await this.checklists.plan(manager, id, auth.organisationId, items);
    await this.audit.record(manager, auth, { type: 'operation', id }, 'operation.created', { type: details.type, checklistItems: items.length });
    return this.views.view(manager, auth, id);
  }

  /** Changes the details of an operation that has not started; the audit entry names the fields changed, never their values. */
  async update(manager: EntityManager, auth: RequestAuth, id: string, version: number, input: OperationDetails): Promise<OperationView> {
    const row = await this.owned.lock(manager, auth, id, version);
    if (!EDITABLE_OPERATION_STATES.includes(row.state)) {
      throw new DomainError('NOT_EDITABLE', `An operation that is ${stateWords(row.state)} can no longer be changed: only one that has not started can.`);
    }
    const details = checkedDetailsOrRefuse(input, { now: this.clock.now(), storedStart: row.plannedStart, releasedEarlyAt: row.releasedEarlyAt });
    checkMetAnswersHold(await this.checklists.met(manager, row.id), details, {
      which: 'these details no longer allow',
      then: 'change that checklist answer first',
    });

    // Fewer officers attending than before may leave fewer than are named.
    if (details.officersAttending < row.officersAttending) {
      const named = await this.officers.count(manager, auth, row.id);
      if (details.officersAttending < named) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `Officers attending must be at least the ${named} officers named for it: take some off the named officers first`,
          'officersAttending',
        );
      }
    }

    const changed = changedFields(row, details);
    if (changed.length === 0) return this.views.view(manager, auth, id);
    await this.operations.updateDetails(manager, auth.organisationId, row.id, details);
    // Field names only: never the reference or an address.
    await this.audit.record(manager, auth, { type: 'operation', id: row.id }, 'operation.updated', { changed });
    return this.views.view(manager, auth, id);
  }
}

/** The details that differ from those stored. */
export function changedFields(stored: CheckedDetails, details: CheckedDetails): (keyof CheckedDetails)[] {
  return (Object.keys(details) as (keyof CheckedDetails)[]).filter((key) => !same(stored[key], details[key]));
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}
