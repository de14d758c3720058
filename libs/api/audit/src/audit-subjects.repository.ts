import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditOperation } from './audit-entry.types.js';

/** What the audit trail's entries name by id (organisations, operations), as the acting organisation may see it. */
@Injectable()
export class AuditSubjectsRepository {
  /** Names of the organisations among `ids` whose people acted on this trail; their people stay anonymous. */
  async actorOrganisationNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query('select id, name from public.audit_actor_organisations($1::uuid[])', [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * The operations among `ids` the acting organisation may see, read the way its other pages read them:
   * the partner columns through `invited_operations` (a force's own, or those its organisation was invited
   * to), and the reference straight from `operation`, whose row-level security shows a force only its own.
   */
  async visibleOperations(manager: EntityManager, ids: readonly string[], now: Date): Promise<Map<string, AuditOperation>> {
    if (ids.length === 0) return new Map();
    const visible: { id: string; type: string; general_area: string }[] = await manager.query(
      'select id, type::text as type, general_area from invited_operations($1::uuid[], $2::timestamptz)',
      [ids, now],
    );
    if (visible.length === 0) return new Map();
    const own: { id: string; reference: string }[] = await manager.query(
      `select id, reference from operation where id = any($1::uuid[]) and organisation_id = NULLIF(current_setting('app.org_id', true), '')::uuid`,
      [visible.map((row) => row.id)],
    );
    const referenceOf = new Map(own.map((row) => [row.id, row.reference]));
    return new Map(visible.map((row) => [row.id, { id: row.id, reference: referenceOf.get(row.id) ?? null, type: row.type, generalArea: row.general_area }]));
  }

  /** Names of the organisations among `ids` that are the acting one or have a partnership with it. */
  async organisationNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(
      `select id, name from organisation where id = any($1::uuid[]) and id = NULLIF(current_setting('app.org_id', true), '')::uuid
       union select id, name from partnership_organisations($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
