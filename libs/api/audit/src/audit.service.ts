import { isIP } from 'node:net';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isAuditAction, isUuid, type AuditAction } from '@liaise/shared-domain';

/** One thing to put on an organisation's audit trail. */
export interface AuditRecord {
  /** The organisation whose trail this goes on (e.g. the force whose operation was read). */
  readonly organisationId: string;
  readonly actorUserId?: string | null;
  /** The organisation the actor acted for; may differ from `organisationId` (a partner reading a force's record). */
  readonly actorOrganisationId?: string | null;
  /** One of `AUDIT_ACTIONS` (shared): `auth.sign-in`, `operation.details-disclosed`. */
  readonly action: AuditAction;
  readonly subjectType?: string | null;
  readonly subjectId?: string | null;
  /** A JSON object. Never secrets: keys such as password, token, secret or code are refused. */
  readonly detail?: Readonly<Record<string, unknown>>;
  readonly ip?: string | null;
}

export interface AuditFilter {
  readonly action?: string;
  readonly actorUserId?: string;
  /** occurred_at at or after. */
  readonly from?: Date;
  /** occurred_at before. */
  readonly to?: Date;
  /** Keyset cursor: entries with a seq below this (the last seq of the previous page). */
  readonly beforeSeq?: number;
  /** 50 when not given; at most 200. */
  readonly limit?: number;
}

export interface AuditEntry {
  readonly id: string;
  readonly organisationId: string;
  readonly seq: number;
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly actorOrganisationId: string | null;
  readonly action: string;
  readonly subjectType: string | null;
  readonly subjectId: string | null;
  readonly detail: Record<string, unknown>;
  readonly ip: string | null;
  readonly hash: string;
}

/** A record the audit trail refuses; nothing was written. */
export class AuditRecordError extends Error {
  override name = 'AuditRecordError';
}

/** The same pattern as the audit_entry table's check. */
export const AUDIT_ACTION_PATTERN = /^[a-z]+(\.[a-z-]+)+$/;

/** A key is refused when any word of it (camelCase, snake_case, kebab-case) is one of these. */
const SECRET_WORDS = new Set(['password', 'passwords', 'passwd', 'passphrase', 'token', 'tokens', 'secret', 'secrets', 'code', 'codes']);

const MAX_DETAIL_BYTES = 16 * 1024;
const MAX_TEXT = 200;

function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** The path of the first key that looks like it holds a secret, at any depth. */
function secretKey(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = secretKey(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = `${path}.${key}`;
      if (keyWords(key).some((word) => SECRET_WORDS.has(word))) return keyPath;
      const found = secretKey(item, keyPath);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function checkUuid(name: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && !isUuid(value)) throw new AuditRecordError(`audit ${name} is not a uuid: ${JSON.stringify(value)}`);
}

function checkText(name: string, value: string | null | undefined): void {
  if (value !== null && value !== undefined && (value === '' || value.length > MAX_TEXT)) {
    throw new AuditRecordError(`audit ${name} must be 1 to ${MAX_TEXT} characters`);
  }
}

/** The detail as JSON text, after refusing anything that is not a plain, secret-free, small JSON object. */
function detailJson(detail: AuditRecord['detail']): string {
  if (detail === undefined) return '{}';
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) throw new AuditRecordError('audit detail must be a JSON object');
  const secret = secretKey(detail, 'detail');
  if (secret !== undefined) throw new AuditRecordError(`audit detail must not hold secrets: ${secret} is refused`);
  const json = JSON.stringify(detail);
  if (Buffer.byteLength(json, 'utf8') > MAX_DETAIL_BYTES) throw new AuditRecordError(`audit detail is larger than ${MAX_DETAIL_BYTES} bytes`);
  return json;
}

function validate(entry: AuditRecord): string {
  if (!AUDIT_ACTION_PATTERN.test(entry.action) || entry.action.length > MAX_TEXT) {
    throw new AuditRecordError(`audit action ${JSON.stringify(entry.action)} is not of the form area.event (lowercase)`);
  }
  // The types allow only AUDIT_ACTIONS; a caller that got round them must not write an action no page can name.
  if (!isAuditAction(entry.action)) throw new AuditRecordError(`audit action ${JSON.stringify(entry.action)} is not one of AUDIT_ACTIONS`);
  if (typeof entry.organisationId !== 'string') throw new AuditRecordError('audit organisationId is required');
  checkUuid('organisationId', entry.organisationId);
  checkUuid('actorUserId', entry.actorUserId);
  checkUuid('actorOrganisationId', entry.actorOrganisationId);
  checkText('subjectType', entry.subjectType);
  checkText('subjectId', entry.subjectId);
  if (entry.ip !== null && entry.ip !== undefined && isIP(entry.ip) === 0) throw new AuditRecordError(`audit ip ${JSON.stringify(entry.ip)} is not an IP address`);
  return detailJson(entry.detail);
}

interface EntryRow {
  id: string;
  organisation_id: string;
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  hash: string;
}

/**
 * Writes to and reads the audit trail, always through the caller's EntityManager, so an entry commits or
 * rolls back with the rows it is about. The application role can do nothing else with the trail.
 */
@Injectable()
export class AuditService {
  /**
   * Appends an entry to `entry.organisationId`'s trail inside the transaction `manager` belongs to, and
   * returns its id. Holds that organisation's append lock until the transaction ends, so record late in
   * the transaction and keep it short.
   */
  async record(manager: EntityManager, entry: AuditRecord): Promise<string> {
    const detail = validate(entry);
    if (manager.queryRunner?.isTransactionActive !== true) {
      throw new AuditRecordError('audit entries are recorded only inside the transaction of the change or read they describe');
    }
    const rows: { id: string }[] = await manager.query(
      'SELECT public.audit_append($1, $2, $3, $4, $5, $6, $7::jsonb, $8::inet) AS id',
      [
        entry.organisationId,
        entry.actorUserId ?? null,
        entry.actorOrganisationId ?? null,
        entry.action,
        entry.subjectType ?? null,
        entry.subjectId ?? null,
        detail,
        entry.ip ?? null,
      ],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('audit_append returned no id');
    return id;
  }

  /**
   * Records the same entry on each of `organisationIds`' trails, one after the other in the order given:
   * something between a force and its partners (an invitation, an attendance, a reveal of an operation's
   * details) goes on the trail of every organisation it concerns, so each can account for it alone.
   * Returns the entries' ids in that order.
   */
  async recordForBoth(manager: EntityManager, organisationIds: readonly string[], entry: Omit<AuditRecord, 'organisationId'>): Promise<string[]> {
    const ids: string[] = [];
    for (const organisationId of organisationIds) ids.push(await this.record(manager, { ...entry, organisationId }));
    return ids;
  }

  /**
   * The acting organisation's entries (app.org_id of the transaction `manager` belongs to; none when it is
   * not set), newest first.
   */
  async list(manager: EntityManager, filter: AuditFilter = {}): Promise<AuditEntry[]> {
    checkUuid('actorUserId', filter.actorUserId);
    for (const [name, value] of [['beforeSeq', filter.beforeSeq], ['limit', filter.limit]] as const) {
      if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) throw new AuditRecordError(`audit ${name} must be a whole number`);
    }
    const rows: EntryRow[] = await manager.query('SELECT * FROM public.audit_entries($1, $2, $3, $4, $5, $6)', [
      filter.action ?? null,
      filter.actorUserId ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.beforeSeq ?? null,
      filter.limit ?? null,
    ]);
    return rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      seq: Number(row.seq),
      occurredAt: row.occurred_at,
      actorUserId: row.actor_user_id,
      actorOrganisationId: row.actor_organisation_id,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      detail: row.detail,
      ip: row.ip,
      hash: row.hash,
    }));
  }
}
