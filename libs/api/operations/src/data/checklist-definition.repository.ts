import { Injectable } from '@nestjs/common';
import { IsNull, QueryFailedError, type EntityManager } from 'typeorm';
import { ChecklistItemDefinition } from '../checklist.entities.js';

/** A force's own checklist items, asked of the operations it plans from when they are added until retired. */
@Injectable()
export class ChecklistDefinitionRepository {
  /** The force's items still asked, oldest first. */
  active(manager: EntityManager, organisationId: string): Promise<ChecklistItemDefinition[]> {
    return manager.find(ChecklistItemDefinition, { where: { organisationId, retiredAt: IsNull() }, order: { createdAt: 'ASC', key: 'ASC' } });
  }

  /** Adds an item; false when the force already asks one of that title (the unique index decides a race). */
  async add(manager: EntityManager, definition: Omit<ChecklistItemDefinition, 'organisation'>): Promise<boolean> {
    try {
      await manager.insert(ChecklistItemDefinition, definition);
      return true;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'UQ_checklist_item_definition_title') return false;
      throw error;
    }
  }

  /** The force's item still asked, locked for the rest of the transaction, or null. */
  lockActive(manager: EntityManager, organisationId: string, key: string): Promise<ChecklistItemDefinition | null> {
    return manager.findOne(ChecklistItemDefinition, { where: { key, organisationId, retiredAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  async retire(manager: EntityManager, organisationId: string, key: string, at: Date): Promise<void> {
    await manager.update(ChecklistItemDefinition, { key, organisationId }, { retiredAt: at });
  }
}
