import { createHash } from 'node:crypto';

/**
 * What an audit entry's hash is computed over: the canonical text, format `liaise-audit-v1`. Thirteen
 * lines joined by a line feed (no trailing one):
 *
 *   liaise-audit-v1
 *   prev_hash               64 lowercase hex digits; 64 zeros for an organisation's first entry
 *   id                      uuid, lowercase with hyphens
 *   organisation_id         uuid
 *   seq                     decimal
 *   occurred_at             UTC, microseconds: 2025-11-28T03:01:02.123456Z
 *   actor_user_id           uuid or NULL
 *   actor_organisation_id   uuid or NULL
 *   action                  text
 *   subject_type            text or NULL
 *   subject_id              text or NULL
 *   detail                  PostgreSQL's text form of the jsonb value (jsonb normalises it: key order, spacing)
 *   ip                      address/prefix length, always with the prefix: 192.0.2.1/32, 2001:db8::1/128; or NULL
 *
 * Every value after the first line is encoded: NULL as the two characters `\N`; otherwise each backslash
 * doubled and each line feed written as `\n`. So no value can contain the separator or pass for NULL.
 * hash = lowercase hex SHA-256 of the canonical text in UTF-8.
 *
 * `audit_canonical_text(...)` in the migration builds the same text in SQL; keep the two in step.
 */
export const AUDIT_HASH_FORMAT = 'liaise-audit-v1';

/** The prev_hash of an organisation's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored columns of one entry, as text, in the forms the canonical text uses. */
export interface CanonicalEntry {
  readonly prevHash: string;
  readonly id: string;
  readonly organisationId: string;
  readonly seq: string;
  /** ISO 8601, UTC, six fractional digits, `Z`. */
  readonly occurredAt: string;
  readonly actorUserId: string | null;
  readonly actorOrganisationId: string | null;
  readonly action: string;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  /** The jsonb value's text form as PostgreSQL prints it. */
  readonly detail: string;
  /** `address/prefix`. */
  readonly ip: string | null;
}

export function canonicalField(value: string | null): string {
  return value === null ? '\\N' : value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
}

export function canonicalText(entry: CanonicalEntry): string {
  return [
    AUDIT_HASH_FORMAT,
    ...[
      entry.prevHash,
      entry.id,
      entry.organisationId,
      entry.seq,
      entry.occurredAt,
      entry.actorUserId,
      entry.actorOrganisationId,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.detail,
      entry.ip,
    ].map(canonicalField),
  ].join('\n');
}

export function entryHash(entry: CanonicalEntry): string {
  return createHash('sha256').update(canonicalText(entry), 'utf8').digest('hex');
}

/**
 * PostgreSQL's own text output of a timestamptz (DateStyle ISO, TimeZone UTC), e.g.
 * `2025-11-28 03:01:02.1234+00`, in the canonical form `2025-11-28T03:01:02.123400Z`. Undefined for
 * anything else (a session not in UTC, BC dates).
 */
export function canonicalTimestamp(postgresText: string): string | undefined {
  const match = /^(\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?\+00$/.exec(postgresText);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction = ''] = match;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}.${fraction.padEnd(6, '0')}Z`;
}

/**
 * PostgreSQL's text output of an inet (which leaves out a full-length prefix) with the prefix always
 * written, as `host(ip) || '/' || masklen(ip)` gives it.
 */
export function canonicalIp(postgresText: string | null): string | null {
  if (postgresText === null || postgresText.includes('/')) return postgresText;
  return `${postgresText}/${postgresText.includes(':') ? 128 : 32}`;
}
