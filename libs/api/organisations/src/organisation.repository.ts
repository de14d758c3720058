import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnyOrganisationKind, OrganisationKind } from '@liaise/shared-domain';
import { Organisation, type OrganisationStatus } from './organisation.entity.js';
import type { OrganisationDirectoryEntry, PlatformOrganisation } from './organisation.types.js';

export interface OrganisationProfile {
  readonly name: string;
  readonly areasServed: string[];
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly languagesOffered: string[];
}

interface PlatformRow {
  id: string;
  kind: AnyOrganisationKind;
  name: string;
  status: OrganisationStatus;
  created_at: Date;
}

const platformOrganisation = (row: PlatformRow): PlatformOrganisation => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  status: row.status,
  createdAt: row.created_at,
});

/**
 * The `organisation` table: the acting organisation's own row under row-level security, the partner
 * directory and the platform administrator's view through SECURITY DEFINER functions (which check the
 * acting organisation may use them).
 */
@Injectable()
export class OrganisationRepository {
  byId(manager: EntityManager, id: string): Promise<Organisation | null> {
    return manager.findOneBy(Organisation, { id });
  }

  /** Replaces the profile unless someone changed the organisation since `version`; whether it did. */
  async changeProfile(manager: EntityManager, id: string, version: number, profile: OrganisationProfile): Promise<boolean> {
    const result = await manager.createQueryBuilder().update(Organisation).set(profile).where('id = :id AND version = :version', { id, version }).execute();
    return result.affected === 1;
  }

  /** Active organisations of the other side from the acting one, directory columns only. */
  async directory(manager: EntityManager): Promise<OrganisationDirectoryEntry[]> {
    const rows: { id: string; kind: AnyOrganisationKind; name: string; areas_served: string[]; languages_offered: string[] }[] = await manager.query(
      'SELECT * FROM organisation_directory()',
    );
    return rows.map((row) => ({ id: row.id, kind: row.kind, name: row.name, areasServed: row.areas_served, languagesOffered: row.languages_offered }));
  }

  /** Every organisation, as the platform administrator sees them. */
  async platformList(manager: EntityManager): Promise<PlatformOrganisation[]> {
    const rows: PlatformRow[] = await manager.query('SELECT * FROM platform_organisations()');
    return rows.map(platformOrganisation);
  }

  /** One organisation as the platform administrator sees it. */
  async platformOrganisation(manager: EntityManager, id: string): Promise<PlatformOrganisation | undefined> {
    const rows: PlatformRow[] = await manager.query('SELECT * FROM platform_organisations() WHERE id = $1', [id]);
    const [row] = rows;
    return row === undefined ? undefined : platformOrganisation(row);
  }

  async platformCreate(manager: EntityManager, id: string, kind: OrganisationKind, profile: OrganisationProfile): Promise<void> {
    await manager.query('SELECT platform_create_organisation($1, $2, $3, $4, $5, $6, $7)', [
      id,
      kind,
      profile.name,
      profile.areasServed,
      profile.contactEmail,
      profile.contactPhone,
      profile.languagesOffered,
    ]);
  }

  /** Sets an organisation's status; undefined when the platform may not see it. */
  async platformSetStatus(manager: EntityManager, id: string, status: OrganisationStatus): Promise<PlatformOrganisation | undefined> {
    const rows: PlatformRow[] = await manager.query('SELECT * FROM platform_set_organisation_status($1, $2)', [id, status]);
    const [row] = rows;
    return row === undefined ? undefined : platformOrganisation(row);
  }
}
