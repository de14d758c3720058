import { isUuid } from '@liaise/shared-domain';
import { DomainError } from '../errors/domain-error.js';

/**
 * Keyset pagination's cursors: the sort key of a page's last row, opaque to clients (base64url of the parts
 * joined by `|`). A cursor is read back only when it has exactly the parts this api wrote, so a cursor
 * edited by hand is refused rather than turned into a query.
 */
const MAX_CURSOR_LENGTH = 200;
const SEPARATOR = '|';

export function encodeCursor(parts: readonly string[]): string {
  return Buffer.from(parts.join(SEPARATOR), 'utf8').toString('base64url');
}

/** The cursor's parts when it has `count` of them, or undefined for anything this api did not write. */
export function decodeCursor(cursor: string, count: number): string[] | undefined {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split(SEPARATOR);
  return parts.length === count ? parts : undefined;
}

/** The refusal of a page link that is not one this api wrote, on the `after` argument. */
export function invalidCursor(): DomainError {
  return new DomainError('BAD_USER_INPUT', 'That page link is not valid: start again from the first page', 'after');
}

/** A place in a newest-first list ordered by creation time, then id. */
export interface CreatedAtCursor {
  readonly createdAt: Date;
  readonly id: string;
}

const MILLISECOND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeCreatedAtCursor({ createdAt, id }: CreatedAtCursor): string {
  return encodeCursor([createdAt.toISOString(), id]);
}

/** The cursor `encodeCreatedAtCursor` made, or undefined for anything else. */
export function decodeCreatedAtCursor(cursor: string): CreatedAtCursor | undefined {
  const [at, id] = decodeCursor(cursor, 2) ?? [];
  if (at === undefined || !MILLISECOND_TIME.test(at) || !isUuid(id)) return undefined;
  const createdAt = new Date(at);
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id };
}

/** The decoded cursor, or the refusal of a page link this api did not write. */
export function validCursor<T>(decoded: T | undefined): T {
  if (decoded === undefined) throw invalidCursor();
  return decoded;
}
