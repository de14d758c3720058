import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, DomainError, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { OrganisationsService } from '@liaise/api-organisations';
import { BUILT_IN_CHECKLIST_ITEMS } from '@liaise/shared-domain';
import { ChecklistDefinitionRepository } from '../data/checklist-definition.repository.js';
import { OperationAudit } from '../operation-audit.js';
import type { ChecklistItemDefinitionView } from '../operation.types.js';
import { checkChecklistItem, duplicateChecklistItem } from './checklist-rules.js';

const BUILT_IN_KEYS = new Set(BUILT_IN_CHECKLIST_ITEMS.map((item) => item.key));

/** The items a force asks of the operations it plans: the built-in ones, then its own, which it adds and retires. */
@Injectable()
export class ChecklistItemsService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly definitions: ChecklistDefinitionRepository,
    private readonly audit: OperationAudit,
    private readonly clock: Clock,
  ) {}

  /** The items new operations are asked: the built-in ones, then the force's own active ones. None for a partner. */
  async checklistDefinitions(manager: EntityManager, auth: RequestAuth): Promise<ChecklistItemDefinitionView[]> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') return [];
    const own = await this.definitions.active(manager, auth.organisationId);
    return [
      ...BUILT_IN_CHECKLIST_ITEMS.map(({ key, title, hint }) => ({ key, title, hint, builtIn: true })),
      ...own.map(({ key, title, hint }) => ({ key, title, hint, builtIn: false })),
    ];
  }

  async addChecklistDefinition(manager: EntityManager, auth: RequestAuth, title: string, hint: string): Promise<ChecklistItemDefinitionView> {
    const organisation = await this.organisations.mine(manager, auth.organisationId);
    if (organisation.kind !== 'POLICE_FORCE') throw new DomainError('NOT_A_FORCE', 'Only a police force has a readiness checklist.');
    const item = checkChecklistItem(title, hint);
    const taken = [...BUILT_IN_CHECKLIST_ITEMS, ...(await this.definitions.active(manager, auth.organisationId))].some(
      (asked) => asked.title.toLowerCase() === item.title.toLowerCase(),
    );
    if (taken) throw duplicateChecklistItem(item.title);

    const key = `custom-${randomUUID()}`;
    const added = await this.definitions.add(manager, {
      key,
      organisationId: auth.organisationId,
      title: item.title,
      hint: item.hint,
      createdByUserId: auth.userId,
      createdAt: this.clock.now(),
      retiredAt: null,
    });
    if (!added) throw duplicateChecklistItem(item.title);
    await this.audit.record(manager, auth, { type: 'checklist_item_definition', id: key }, 'operation.checklist-item-added', { title: item.title });
    return { key, title: item.title, hint: item.hint, builtIn: false };
  }

  /** Stops asking new operations a force's own item; operations already planned keep their answers. */
  async retireChecklistDefinition(manager: EntityManager, auth: RequestAuth, key: string): Promise<ChecklistItemDefinitionView> {
    if (BUILT_IN_KEYS.has(key)) throw new DomainError('BAD_USER_INPUT', 'Built-in checklist items cannot be retired', 'key');
    const definition = typeof key === 'string' && key.startsWith('custom-') ? await this.definitions.lockActive(manager, auth.organisationId, key) : null;
    if (definition === null) throw new NotFoundError();
    await this.definitions.retire(manager, auth.organisationId, definition.key, this.clock.now());
    await this.audit.record(manager, auth, { type: 'checklist_item_definition', id: definition.key }, 'operation.checklist-item-retired', {
      title: definition.title,
    });
    return { key: definition.key, title: definition.title, hint: definition.hint, builtIn: false };
  }
}
