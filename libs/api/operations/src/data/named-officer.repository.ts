import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OperationOfficer } from '../operation-officer.entity.js';

/** A named officer of an operation (names come from the accounts directory). */
export interface NamedOfficerRow {
  readonly operation_id: string;
  readonly user_id: string;
  readonly attended: boolean | null;
}

/** The force's own people named to attend an operation, and whether they attended. The acting force's rows only. */
@Injectable()
export class NamedOfficerRepository {
  /** The named officers of these operations. */
  forOperations(manager: EntityManager, organisationId: string, operationIds: readonly string[]): Promise<NamedOfficerRow[]> {
    return manager.query('SELECT operation_id, user_id, attended FROM operation_officer WHERE organisation_id = $1 AND operation_id = ANY($2::uuid[])', [
      organisationId,
      [...operationIds],
    ]);
  }

  /** The ids of the officers named for the operation. */
  async namedIds(manager: EntityManager, organisationId: string, operationId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query('SELECT user_id FROM operation_officer WHERE organisation_id = $1 AND operation_id = $2', [
      organisationId,
      operationId,
    ]);
    return rows.map((row) => row.user_id);
  }

  async remove(manager: EntityManager, organisationId: string, operationId: string, userIds: readonly string[]): Promise<void> {
    await manager.query('DELETE FROM operation_officer WHERE organisation_id = $1 AND operation_id = $2 AND user_id = ANY($3::uuid[])', [
      organisationId,
      operationId,
      [...userIds],
    ]);
  }

  async add(manager: EntityManager, officers: readonly Omit<OperationOfficer, 'operation'>[]): Promise<void> {
    await manager.insert(OperationOfficer, [...officers]);
  }

  /** Marks these named officers as attended and every other one of the operation as not. */
  async markAttendance(manager: EntityManager, organisationId: string, operationId: string, attendedUserIds: readonly string[]): Promise<void> {
    await manager.query('UPDATE operation_officer SET attended = (user_id = ANY($3::uuid[])) WHERE organisation_id = $1 AND operation_id = $2', [
      organisationId,
      operationId,
      [...attendedUserIds],
    ]);
  }
}
