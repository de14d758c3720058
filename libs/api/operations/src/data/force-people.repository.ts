import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What operations read of people's accounts (`user_account`): their names, and who is active. Row-level
 * security shows only the acting organisation's people. The accounts directory on the structure/api-data
 * branch is meant to answer both once merged.
 */
@Injectable()
export class ForcePeopleRepository {
  /** Display names by id. */
  async namesOf(manager: EntityManager, userIds: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await manager.query('SELECT id, display_name FROM user_account WHERE id = ANY($1::uuid[])', [unique]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  /** Those of `userIds` who are the organisation's active people. */
  async activeIds(manager: EntityManager, organisationId: string, userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: { id: string }[] = await manager.query(`SELECT id FROM user_account WHERE organisation_id = $1 AND status = 'ACTIVE' AND id = ANY($2::uuid[])`, [
      organisationId,
      [...userIds],
    ]);
    return rows.map((row) => row.id);
  }
}
