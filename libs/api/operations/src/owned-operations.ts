import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { isUuid } from '@liaise/shared-domain';
import { OperationRepository } from './data/operation.repository.js';
import type { Operation } from './operation.entity.js';

export const STALE_MESSAGE = 'Someone else changed this operation since you opened it. Reload it to see their changes, then make yours again.';

/** The acting force's operation, the first step of every use of one: other forces, partners and unknown ids get "not found". */
@Injectable()
export class OwnedOperations {
  constructor(private readonly operations: OperationRepository) {}

  async get(manager: EntityManager, auth: RequestAuth, id: string): Promise<Operation> {
    const row = isUuid(id) ? await this.operations.findOwned(manager, auth.organisationId, id) : null;
    if (row === null) throw new NotFoundError();
    return row;
  }

  /** Locked for the rest of the transaction; STALE when it is no longer at `version`. */
  async lock(manager: EntityManager, auth: RequestAuth, id: string, version: number): Promise<Operation> {
    const row = isUuid(id) ? await this.operations.lockOwned(manager, auth.organisationId, id) : null;
    if (row === null) throw new NotFoundError();
    if (row.version !== version) throw new DomainError('STALE', STALE_MESSAGE);
    return row;
  }
}
