import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { RecoveryCode } from './recovery-code.entity.js';

/** The `recovery_code` table: a person's single-use codes, stored as hashes. */
@Injectable()
export class RecoveryCodeRepository {
  /** Spends an unused code of the person's; false when there is no such code. */
  async use(manager: EntityManager, userId: string, codeHash: string, now: Date): Promise<boolean> {
    const used = await manager.update(RecoveryCode, { userId, codeHash, usedAt: IsNull() }, { usedAt: now });
    return (used.affected ?? 0) > 0;
  }

  /** Replaces every code the person had with new ones. */
  async replace(manager: EntityManager, account: { id: string; organisationId: string }, codeHashes: readonly string[], now: Date): Promise<void> {
    await manager.delete(RecoveryCode, { userId: account.id });
    await manager.insert(
      RecoveryCode,
      codeHashes.map((codeHash) => ({ id: randomUUID(), organisationId: account.organisationId, userId: account.id, codeHash, createdAt: now, usedAt: null })),
    );
  }
}
