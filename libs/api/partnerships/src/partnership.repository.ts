import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { OrganisationStatus } from '@liaise/api-organisations';
import type { AnyOrganisationKind } from '@liaise/shared-domain';
import { Partnership } from './partnership.entity.js';
import { OPEN_PARTNERSHIP_STATUSES, type PartnershipStatus } from './partnership-rules.js';
import type { PartnerOrganisation } from './partnership.types.js';

/** What may change when a partnership moves from one status to another. */
export type StatusChange = Pick<Partnership, 'status' | 'statusReason' | 'statusChangedAt' | 'statusChangedByUserId' | 'statusChangedByOrganisationId'> &
  Partial<Pick<Partnership, 'respondedByUserId' | 'respondedAt'>>;

export type Agreement = Pick<Partnership, 'legalBasis' | 'agreementReference' | 'signedOn' | 'reviewOn'>;

/**
 * The `partnership` table and the organisations on either side of one. Row-level security shows a
 * partnership to its two sides only.
 */
@Injectable()
export class PartnershipRepository {
  /**
   * Whether the two are in an ACTIVE partnership, taking a share lock on its row: a suspension or ending
   * committed at the same time waits for the caller's transaction, or is seen by it.
   */
  async lockActiveBetween(manager: EntityManager, forceOrganisationId: string, projectOrganisationId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM partnership
        WHERE force_organisation_id = $1 AND project_organisation_id = $2 AND status = 'ACTIVE'
        FOR SHARE`,
      [forceOrganisationId, projectOrganisationId],
    );
    return rows.length > 0;
  }

  /** Latest change first; every status when `statuses` is empty or missing. */
  list(manager: EntityManager, statuses?: readonly PartnershipStatus[]): Promise<Partnership[]> {
    return manager.find(Partnership, {
      where: statuses === undefined || statuses.length === 0 ? {} : { status: In([...statuses]) },
      order: { statusChangedAt: 'DESC', id: 'ASC' },
    });
  }

  byId(manager: EntityManager, id: string): Promise<Partnership | null> {
    return manager.findOneBy(Partnership, { id });
  }

  /** The pair's partnership that is proposed, active or suspended, if any. */
  openBetween(manager: EntityManager, forceOrganisationId: string, projectOrganisationId: string): Promise<Partnership | null> {
    return manager.findOne(Partnership, { where: { forceOrganisationId, projectOrganisationId, status: In([...OPEN_PARTNERSHIP_STATUSES]) } });
  }

  async insert(manager: EntityManager, partnership: Omit<Partnership, 'version' | 'createdAt' | 'updatedAt'>): Promise<void> {
    await manager.insert(Partnership, partnership);
  }

  /** Moves a partnership on unless someone moved it from `from` first; whether it moved. */
  async changeStatus(manager: EntityManager, id: string, from: PartnershipStatus, change: StatusChange): Promise<boolean> {
    const result = await manager.createQueryBuilder().update(Partnership).set(change).where('id = :id AND status = :status', { id, status: from }).execute();
    return result.affected === 1;
  }

  /** Replaces the agreement unless someone changed the partnership since `version`; whether it did. */
  async changeAgreement(manager: EntityManager, id: string, version: number, agreement: Agreement): Promise<boolean> {
    const result = await manager.createQueryBuilder().update(Partnership).set(agreement).where('id = :id AND version = :version', { id, version }).execute();
    return result.affected === 1;
  }

  /** The organisations among `ids` that are the acting one or in a partnership with it, as a partner sees them. */
  async organisations(manager: EntityManager, ids: readonly string[]): Promise<Map<string, PartnerOrganisation>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows: {
      id: string;
      kind: AnyOrganisationKind;
      name: string;
      status: OrganisationStatus;
      areas_served: string[];
      contact_email: string | null;
      contact_phone: string | null;
    }[] = await manager.query('SELECT * FROM partnership_organisations($1::uuid[])', [unique]);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          kind: row.kind,
          name: row.name,
          status: row.status,
          areasServed: row.areas_served,
          contactEmail: row.contact_email,
          contactPhone: row.contact_phone,
        },
      ]),
    );
  }
}
