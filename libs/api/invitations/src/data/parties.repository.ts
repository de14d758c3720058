import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUuid } from '@liaise/shared-domain';

/** One person named on an invitation, with the organisation they belong to. */
export interface InvitationPerson {
  readonly id: string;
  readonly display_name: string;
  readonly organisation_id: string;
  readonly organisation_name: string;
}

/** An account of the acting organisation, as row-level security shows it. */
export interface OwnAccount {
  readonly id: string;
  readonly display_name: string;
  readonly status: string;
}

/**
 * The names of the parties to invitations: organisations and people on either side, read through SECURITY
 * DEFINER functions that show only those the acting organisation shares an invitation or partnership with,
 * and the acting organisation's own accounts.
 */
@Injectable()
export class PartiesRepository {
  /** Names of the organisations on either side of the acting organisation's invitations, by id. */
  async invitationOrganisationNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query('SELECT id, name FROM invitation_organisations($1::uuid[])', [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Names of organisations the acting one has a partnership with (in any status), by id. */
  async partnershipNames(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query('SELECT id, name FROM partnership_organisations($1::uuid[])', [valid]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** People named on the acting organisation's invitations, by id. */
  async people(manager: EntityManager, ids: readonly string[]): Promise<Map<string, InvitationPerson>> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: InvitationPerson[] = await manager.query('SELECT * FROM invitation_people($1::uuid[])', [valid]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Those of `ids` that are accounts of the acting organisation, by id, active or not. */
  async ownAccounts(manager: EntityManager, ids: readonly string[]): Promise<Map<string, OwnAccount>> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows: OwnAccount[] = await manager.query('SELECT id, display_name, status FROM user_account WHERE id = ANY($1::uuid[])', [valid]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The ids of an organisation's active managers. */
  async activeManagerIds(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM user_account WHERE organisation_id = $1 AND role = 'MANAGER' AND status = 'ACTIVE'`, [
      organisationId,
    ]);
    return rows.map((row) => row.id);
  }
}
