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
  /** Its planned start, UTC to the microsecond, as the database stores it (OperationRepository's `start_key`). */
  readonly start: string;
  readonly id: string;
}

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
