import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TrainingRecord } from './training-record.entity.js';

export type TrainingDetails = Pick<TrainingRecord, 'provider' | 'completedOn' | 'expiresOn' | 'note'>;

/** The `training_record` table, under row-level security (the person's organisation). */
@Injectable()
export class TrainingRecordRepository {
  /**
   * Those of `userIds` whose MSHT training is current on `today`, among the acting organisation's people and
   * those of organisations in an ACTIVE partnership with it.
   */
  async mshtCurrent(manager: EntityManager, userIds: readonly string[], today: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query('SELECT user_id, expires_on::text AS expires_on FROM training_msht_current($1::uuid[], $2::date)', [
      userIds,
      today,
    ]);
    return rows.map((row) => row.user_id);
  }

  /** Newest completion first; everyone's the acting organisation may see when `userId` is missing. */
  list(manager: EntityManager, userId?: string): Promise<TrainingRecord[]> {
    return manager.find(TrainingRecord, { where: userId === undefined ? {} : { userId }, order: { completedOn: 'DESC', id: 'ASC' } });
  }

  byId(manager: EntityManager, id: string): Promise<TrainingRecord | null> {
    return manager.findOneBy(TrainingRecord, { id });
  }

  async insert(manager: EntityManager, record: Omit<TrainingRecord, 'user' | 'course' | 'version' | 'createdAt' | 'updatedAt'>): Promise<void> {
    await manager.insert(TrainingRecord, record);
  }

  /** Changes a record unless someone changed it since `version`; whether it did. */
  async change(manager: EntityManager, id: string, version: number, changes: TrainingDetails & Pick<TrainingRecord, 'courseId' | 'recordedByUserId'>): Promise<boolean> {
    const result = await manager.createQueryBuilder().update(TrainingRecord).set(changes).where('id = :id AND version = :version', { id, version }).execute();
    return result.affected === 1;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(TrainingRecord, { id });
  }
}
