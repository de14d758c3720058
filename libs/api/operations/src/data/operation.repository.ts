import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { CheckedDetails, OperationState } from '@liaise/shared-domain';
import { Operation } from '../operation.entity.js';
import type { OperationsCursor } from '../views/operations-cursor.js';

/** What a list of operations is narrowed to; null: not narrowed. */
export interface OperationsFilterSql {
  readonly states: readonly OperationState[];
  /** YYYY-MM-DD, on `planned_day`. */
  readonly from: string | null;
  readonly to: string | null;
}

/** One row of a page of the list: its id, and where it sits in the list's order. */
export interface OperationsPageKey {
  readonly id: string;
  /** The planned start, UTC to the microsecond (`START_KEY`). */
  readonly start_key: string;
  /** Before the page's "today". */
  readonly earlier: boolean;
}

/** An operation's planned start as a cursor holds it: UTC to the microsecond, as the database stores it. */
const START_KEY = `to_char(planned_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The filter, $1 to $4: the organisation, the states (none: all), the first and last planned day (null: open). */
const FILTERED = `organisation_id = $1
   AND (cardinality($2::operation_state[]) = 0 OR state = ANY($2::operation_state[]))
   AND ($3::date IS NULL OR planned_day >= $3::date)
   AND ($4::date IS NULL OR planned_day <= $4::date)`;

/**
 * The list's order: today's and later operations ($5 is today) first, soonest at the top, then earlier ones,
 * latest first. After a cursor ($6 its start, $7 its id) the page goes on in that order: within the earlier
 * ones, or within the upcoming ones and then every earlier one. The limit is the last parameter.
 */
const AFTER_EARLIER = `(planned_day < $5::date AND (planned_start, id) < ($6::timestamptz, $7::uuid))`;
const AFTER_UPCOMING = `((planned_day >= $5::date AND (planned_start, id) > ($6::timestamptz, $7::uuid)) OR planned_day < $5::date)`;
const pageOf = (after: string, limit: string) =>
  `SELECT id, ${START_KEY} AS start_key, planned_day < $5::date AS earlier
     FROM operation
    WHERE ${FILTERED} AND ${after}
    ORDER BY planned_day < $5::date,
             CASE WHEN planned_day >= $5::date THEN planned_start END,
             CASE WHEN planned_day >= $5::date THEN id END,
             planned_start DESC, id DESC
    LIMIT ${limit}`;
const FIRST_PAGE = pageOf('TRUE', '$6');
const PAGE_AFTER_EARLIER = pageOf(AFTER_EARLIER, '$8');
const PAGE_AFTER_UPCOMING = pageOf(AFTER_UPCOMING, '$8');

/**
 * Operations' own rows. Every statement names the acting organisation as well as relying on row-level
 * security, so another organisation's operation is never read or written.
 */
@Injectable()
export class OperationRepository {
  /** The organisation's operation, or null. */
  findOwned(manager: EntityManager, organisationId: string, id: string): Promise<Operation | null> {
    return manager.findOneBy(Operation, { id, organisationId });
  }

  /** The organisation's operation, locked for the rest of the transaction, or null. */
  lockOwned(manager: EntityManager, organisationId: string, id: string): Promise<Operation | null> {
    return manager.findOne(Operation, { where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The organisation's operations with these ids, in no order. */
  findOwnedByIds(manager: EntityManager, organisationId: string, ids: readonly string[]): Promise<Operation[]> {
    return ids.length === 0 ? Promise.resolve([]) : manager.findBy(Operation, { id: In([...ids]), organisationId });
  }

  async insert(manager: EntityManager, operation: Omit<Operation, 'version' | 'createdAt' | 'updatedAt' | 'organisation'>): Promise<void> {
    await manager.insert(Operation, operation);
  }

  async updateDetails(manager: EntityManager, organisationId: string, id: string, details: CheckedDetails): Promise<void> {
    await this.set(manager, organisationId, id, details);
  }

  async setRelease(manager: EntityManager, organisationId: string, id: string, at: Date, reason: string): Promise<void> {
    await this.set(manager, organisationId, id, { releasedEarlyAt: at, releaseReason: reason, disclosureAt: at });
  }

  async setOfficersAttended(manager: EntityManager, organisationId: string, id: string, officersAttended: number): Promise<void> {
    await this.set(manager, organisationId, id, { officersAttended });
  }

  /**
   * Moves the operation to `to` if it is still in `from` at `version`; false when it is not (someone else
   * moved or changed it first).
   */
  async moveState(
    manager: EntityManager,
    operation: Pick<Operation, 'id' | 'organisationId' | 'state' | 'version'>,
    move: { readonly to: OperationState; readonly at: Date; readonly byUserId: string },
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Operation)
      .set({ state: move.to, stateChangedAt: move.at, stateChangedByUserId: move.byUserId })
      .where('id = :id AND organisation_id = :organisationId AND state = :state AND version = :version', {
        id: operation.id,
        organisationId: operation.organisationId,
        state: operation.state,
        version: operation.version,
      })
      .execute();
    return result.affected === 1;
  }

  /** A change to what hangs off the operation (its checklist, its named officers) is a change to it. */
  async bumpVersion(manager: EntityManager, organisationId: string, id: string): Promise<void> {
    await manager.query('UPDATE operation SET version = version + 1, updated_at = now() WHERE id = $1 AND organisation_id = $2', [id, organisationId]);
  }

  /** How many of the organisation's operations the filter admits. */
  async count(manager: EntityManager, organisationId: string, filter: OperationsFilterSql): Promise<number> {
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM operation WHERE ${FILTERED}`, this.filterParams(organisationId, filter))) as [
      { count: number },
    ];
    return count;
  }

  /** Up to `limit` ids of the list in its order, after `cursor` (none: from the top), `today` dividing it. */
  page(
    manager: EntityManager,
    organisationId: string,
    filter: OperationsFilterSql,
    { today, cursor, limit }: { readonly today: string; readonly cursor: OperationsCursor | null; readonly limit: number },
  ): Promise<OperationsPageKey[]> {
    const filtered = [...this.filterParams(organisationId, filter), today];
    if (cursor === null) return manager.query(FIRST_PAGE, [...filtered, limit]);
    return manager.query(cursor.earlier ? PAGE_AFTER_EARLIER : PAGE_AFTER_UPCOMING, [...filtered, cursor.start, cursor.id, limit]);
  }

  private filterParams(organisationId: string, { states, from, to }: OperationsFilterSql): unknown[] {
    return [organisationId, [...states], from, to];
  }

  private async set(manager: EntityManager, organisationId: string, id: string, values: Partial<Operation>): Promise<void> {
    await manager.createQueryBuilder().update(Operation).set(values).where('id = :id AND organisation_id = :organisationId', { id, organisationId }).execute();
  }
}
