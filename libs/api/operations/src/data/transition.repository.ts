import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { OperationTransition } from '../operation-transition.entity.js';

/** An operation's history: each lifecycle move, and the early release of its details, in order. */
@Injectable()
export class TransitionRepository {
  /** The histories of these operations, each oldest first. */
  forOperations(manager: EntityManager, operationIds: readonly string[]): Promise<OperationTransition[]> {
    return manager.find(OperationTransition, { where: { operationId: In([...operationIds]) }, order: { operationId: 'ASC', at: 'ASC', id: 'ASC' } });
  }

  async add(manager: EntityManager, transition: Omit<OperationTransition, 'id' | 'operation'>): Promise<void> {
    await manager.insert(OperationTransition, { id: randomUUID(), ...transition });
  }

  /** When the operation last moved; null when it never has. */
  async lastAt(manager: EntityManager, operationId: string): Promise<Date | null> {
    const [{ last }] = (await manager.query('SELECT max(at) AS last FROM operation_transition WHERE operation_id = $1', [operationId])) as [{ last: Date | null }];
    return last;
  }
}
