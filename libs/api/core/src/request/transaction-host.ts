import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import type { TenantTransaction } from '../database/tenant-transaction.js';

const TRANSACTION = Symbol('request transaction');

/**
 * Hands out the current request's transaction. It never falls back to a global manager: code that runs
 * outside a request transaction must open its own (inTenantTransaction), with its acting organisation.
 */
@Injectable()
export class TransactionHost {
  constructor(private readonly cls: ClsService) {}

  get manager(): EntityManager {
    const transaction = this.cls.isActive() ? this.cls.get<TenantTransaction | undefined>(TRANSACTION) : undefined;
    if (transaction === undefined) throw new Error('No request transaction is open here');
    return transaction.manager;
  }

  /** @internal used by the transaction plugin */
  attach(transaction: TenantTransaction): void {
    this.cls.set(TRANSACTION, transaction);
  }
}
