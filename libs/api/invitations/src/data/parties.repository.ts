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

/**
 * The names of the parties to invitations: organisations and people on either side, read through SECURITY
 * DEFINER functions that show only those the acting organisation shares an invitation or partnership with.
 * The acting organisation's own accounts come from the AccountDirectory.
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
}
