import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity.js';

/** A message the worker has claimed, locked until its transaction ends. */
export interface ClaimedMessage {
  readonly id: string;
  readonly recipient: string;
  readonly template: string;
  readonly params: Record<string, string>;
  readonly attempts: number;
}

/**
 * The `outbox_message` table. The application role may only insert (no SELECT, so no RETURNING); the
 * worker claims and marks messages through SECURITY DEFINER functions.
 */
@Injectable()
export class OutboxRepository {
  async insert(manager: EntityManager, message: OutboxMessage): Promise<void> {
    await manager.createQueryBuilder().insert().into(OutboxMessage).values(message).updateEntity(false).execute();
  }

  /** The oldest message due at `now`, skipping any another worker holds; undefined when none is due. */
  async claim(manager: EntityManager, now: Date): Promise<ClaimedMessage | undefined> {
    const rows: ClaimedMessage[] = await manager.query('select * from outbox_claim($1)', [now]);
    return rows[0];
  }

  async markSent(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.query('select outbox_mark_sent($1, $2)', [id, now]);
  }

  /** Records a failed attempt: to be tried again at `retryAt`, or given up on at `gaveUpAt`. */
  async markFailed(manager: EntityManager, id: string, error: string, retryAt: Date | null, gaveUpAt: Date | null): Promise<void> {
    await manager.query('select outbox_mark_failed($1, $2, $3, $4)', [id, error, retryAt, gaveUpAt]);
  }
}
