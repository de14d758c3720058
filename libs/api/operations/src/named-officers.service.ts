import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, type RequestAuth } from '@liaise/api-core';
import { TrainingService } from '@liaise/api-training';
import { OperationOfficer } from './operation-officer.entity.js';
import type { Operation } from './operation.entity.js';
import type { NamedOfficerView, OfficerChoiceView } from './operation.types.js';
import { isUuid } from '@liaise/shared-domain';

/** More ids than any force names for one operation: a longer list is refused before it reaches the database. */
const MAX_IDS = 1000;

const bad = (message: string, field: string) => new DomainError('BAD_USER_INPUT', message, field);

/** The distinct ids of a list given by a client, or a refusal naming `field` when it is not a list of ids. */
function distinctIds(ids: unknown, field: string, refusal: string): string[] {
  if (!Array.isArray(ids) || ids.length > MAX_IDS || ids.some((id) => typeof id !== 'string' || !isUuid(id))) throw bad(refusal, field);
  return [...new Set(ids as string[])];
}

/**
 * The force's own people named to attend an operation, with their MSHT training standing, and whether they
 * attended. Callers lock the operation first (OperationsService); everything here reads and writes the
 * acting force's rows only.
 */
@Injectable()
export class NamedOfficersService {
  constructor(private readonly training: TrainingService) {}

  /** The named officers of each operation, by name: two statements however many operations. */
  async forOperations(manager: EntityManager, organisationId: string, operationIds: readonly string[]): Promise<Map<string, NamedOfficerView[]>> {
    const byOperation = new Map<string, NamedOfficerView[]>();
    if (operationIds.length === 0) return byOperation;
    const rows: { operation_id: string; user_id: string; display_name: string; attended: boolean | null }[] = await manager.query(
      `SELECT o.operation_id, o.user_id, u.display_name, o.attended
         FROM operation_officer o JOIN user_account u ON u.id = o.user_id
        WHERE o.organisation_id = $1 AND o.operation_id = ANY($2::uuid[])
        ORDER BY u.display_name, o.user_id`,
      [organisationId, [...operationIds]],
    );
    const training = await this.training.currentMshtTraining(
      manager,
      rows.map((row) => row.user_id),
    );
    for (const row of rows) {
      const officer = { userId: row.user_id, name: row.display_name, mshtTrainingCurrent: training.get(row.user_id) === true, attended: row.attended };
      byOperation.set(row.operation_id, [...(byOperation.get(row.operation_id) ?? []), officer]);
    }
    return byOperation;
  }

  /** The acting force's active people, who may be named, with their MSHT training standing. */
  async choices(manager: EntityManager, auth: RequestAuth): Promise<OfficerChoiceView[]> {
    const people = await this.training.activePeopleWithMshtStanding(manager, auth.organisationId);
    return people.map(({ id, name, mshtTrainingCurrent }) => ({ userId: id, name, mshtTrainingCurrent }));
  }

  /** How many officers named for the operation have no current MSHT training. */
  async withoutMshtTraining(manager: EntityManager, auth: RequestAuth, operationId: string): Promise<number> {
    const named = await this.namedIds(manager, auth, operationId);
    const training = await this.training.currentMshtTraining(manager, named);
    return named.filter((id) => training.get(id) !== true).length;
  }

  /** How many officers are named for the operation. */
  async count(manager: EntityManager, auth: RequestAuth, operationId: string): Promise<number> {
    return (await this.namedIds(manager, auth, operationId)).length;
  }

  /** The ids of the officers named for the operation. */
  private async namedIds(manager: EntityManager, auth: RequestAuth, operationId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query('SELECT user_id FROM operation_officer WHERE organisation_id = $1 AND operation_id = $2', [
      auth.organisationId,
      operationId,
    ]);
    return rows.map((row) => row.user_id);
  }

  /**
   * Names exactly these of the force's active people for the (locked) operation: no more than its officers
   * attending. Returns who was added and who removed, for the audit trail.
   */
  async replace(
    manager: EntityManager,
    auth: RequestAuth,
    operation: Operation,
    userIds: unknown,
    now: Date,
  ): Promise<{ added: string[]; removed: string[]; untrained: string[] }> {
    const refusal = 'Choose officers from your force’s people';
    const ids = distinctIds(userIds, 'userIds', refusal);
    if (ids.length > operation.officersAttending) {
      throw bad(
        `Name no more officers than are attending (${operation.officersAttending}): change the number attending in the operation’s details first`,
        'userIds',
      );
    }
    const active: { id: string }[] =
      ids.length === 0
        ? []
        : await manager.query(`SELECT id FROM user_account WHERE organisation_id = $1 AND status = 'ACTIVE' AND id = ANY($2::uuid[])`, [auth.organisationId, ids]);
    if (active.length !== ids.length) throw bad(refusal, 'userIds');

    const before = new Set(await this.namedIds(manager, auth, operation.id));
    const added = ids.filter((id) => !before.has(id));
    const removed = [...before].filter((id) => !ids.includes(id));
    if (removed.length > 0) {
      await manager.query('DELETE FROM operation_officer WHERE organisation_id = $1 AND operation_id = $2 AND user_id = ANY($3::uuid[])', [
        auth.organisationId,
        operation.id,
        removed,
      ]);
    }
    if (added.length > 0) {
      await manager.insert(
        OperationOfficer,
        added.map((userId) => ({ operationId: operation.id, userId, organisationId: auth.organisationId, namedByUserId: auth.userId, namedAt: now, attended: null })),
      );
    }
    const training = await this.training.currentMshtTraining(manager, added);
    return { added, removed, untrained: added.filter((id) => training.get(id) !== true) };
  }

  /** Marks which named officers attended (the rest did not). Ids must be of officers named for it. */
  async recordAttendance(manager: EntityManager, auth: RequestAuth, operationId: string, attendedUserIds: unknown): Promise<{ attended: string[]; absent: string[] }> {
    const refusal = 'Choose officers named for this operation';
    const ids = distinctIds(attendedUserIds, 'attendedOfficerIds', refusal);
    const namedIds = await this.namedIds(manager, auth, operationId);
    if (ids.some((id) => !namedIds.includes(id))) throw bad(refusal, 'attendedOfficerIds');
    await manager.query('UPDATE operation_officer SET attended = (user_id = ANY($3::uuid[])) WHERE organisation_id = $1 AND operation_id = $2', [
      auth.organisationId,
      operationId,
      ids,
    ]);
    return { attended: ids, absent: namedIds.filter((id) => !ids.includes(id)) };
  }
}
