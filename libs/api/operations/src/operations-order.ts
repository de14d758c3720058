import { decodeCursor, encodeCursor, invalidCursor } from '@liaise/api-core';
import { isIsoDate, isUuid } from '@liaise/shared-domain';

/**
 * The operations list's order: today's and later operations first, soonest at the top, then earlier ones,
 * latest first. After a few years a force's first page is still what it is working on, not its oldest
 * closed operation.
 *
 * A cursor carries the day the first page was read as "today", so a list read across midnight neither
 * repeats nor skips an operation.
 */
export interface OperationsCursor {
  /** The UK date that divided upcoming from earlier when the first page was read. */
  readonly today: string;
  /** The last operation shown was before `today`. */
  readonly earlier: boolean;
  /** Its planned start, to the microsecond, as `START_KEY` writes it. */
  readonly start: string;
  readonly id: string;
}

/** An operation's planned start as a cursor holds it: UTC to the microsecond, as the database stores it. */
export const START_KEY = `to_char(planned_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
export function encodeOperationsCursor(cursor: OperationsCursor): string {
  return encodeCursor([cursor.today, cursor.earlier ? 'E' : 'U', cursor.start, cursor.id]);
}

/** The cursor `after` holds, or a refusal naming `after` when it is not one this api wrote. */
export function decodeOperationsCursor(after: string): OperationsCursor {
  const [today, group, start, id] = decodeCursor(after, 4) ?? [];
  if (
    today === undefined ||
    !isIsoDate(today) ||
    (group !== 'E' && group !== 'U') ||
    start === undefined ||
    !CURSOR_START.test(start) ||
    Number.isNaN(Date.parse(`${start.slice(0, 23)}Z`)) ||
    !isUuid(id)
  ) {
    throw invalidCursor();
  }
  return { today, earlier: group === 'E', start, id };
}

/**
 * One page of ids in the list's order, one row more than `size` to tell whether another page follows.
 * `where` and `params` are the filter's conditions; the page's own parameters are appended after them.
 */
export function operationsPageQuery(
  where: string,
  params: readonly unknown[],
  today: string,
  cursor: OperationsCursor | null,
  size: number,
): { text: string; params: unknown[] } {
  const values = [...params, today];
  const day = `$${values.length}::date`;
  const conditions = [where];
  if (cursor !== null) {
    values.push(cursor.start, cursor.id);
    const key = `($${values.length - 1}::timestamptz, $${values.length}::uuid)`;
    conditions.push(
      cursor.earlier
        ? `(planned_day < ${day} AND (planned_start, id) < ${key})`
        : `((planned_day >= ${day} AND (planned_start, id) > ${key}) OR planned_day < ${day})`,
    );
  }
  values.push(size + 1);
  const upcoming = `planned_day >= ${day}`;
  return {
    text:
      `SELECT id, ${START_KEY} AS start_key, planned_day < ${day} AS earlier FROM operation WHERE ${conditions.join(' AND ')} ` +
      `ORDER BY planned_day < ${day}, CASE WHEN ${upcoming} THEN planned_start END, CASE WHEN ${upcoming} THEN id END, planned_start DESC, id DESC ` +
      `LIMIT $${values.length}`,
    params: values,
  };
}
