import { Injectable } from '@nestjs/common';
import { In, QueryFailedError, type EntityManager } from 'typeorm';
import { type InvitationStatus, isUuid, OPEN_INVITATION_STATUSES } from '@liaise/shared-domain';
import { staleInvitation } from '../invitation-rules.js';
import { Invitation } from '../invitation.entity.js';

/** A new invitation, as the force sends it. */
export type NewInvitation = Pick<Invitation, 'id' | 'operationId' | 'forceOrganisationId' | 'partnerOrganisationId' | 'respondBy' | 'invitedByUserId' | 'createdAt'>;

/** One invitation the expiry sweep closed. */
export interface ExpiredInvitation {
  readonly id: string;
  readonly operation_id: string;
  readonly force_organisation_id: string;
  readonly partner_organisation_id: string;
}

/** Which of the partner's invitations its inbox lists. */
export interface InboxFilter {
  readonly partnerOrganisationId: string;
  /** The statuses people see; none means every invitation. */
  readonly statuses: readonly InvitationStatus[];
  readonly now: Date;
}

/**
 * The partner's invitations in `statuses` as people see them: PENDING past its respond-by time is EXPIRED,
 * swept or not. $1 the partner, $2 the statuses (NULL for all), $3 now.
 */
const INBOX_WHERE = `partner_organisation_id = $1
  AND ($2::invitation_status[] IS NULL
    OR (status = ANY ($2::invitation_status[]) AND status NOT IN ('PENDING', 'EXPIRED'))
    OR ('PENDING' = ANY ($2::invitation_status[]) AND status = 'PENDING' AND respond_by > $3::timestamptz)
    OR ('EXPIRED' = ANY ($2::invitation_status[]) AND (status = 'EXPIRED' OR (status = 'PENDING' AND respond_by <= $3::timestamptz))))`;

const INBOX_COUNT = `SELECT count(*)::int AS count FROM invitation WHERE ${INBOX_WHERE}`;

/** Newest first, after the cursor ($4 created_at, $5 id; both NULL for the first page), at most $6. */
const INBOX_PAGE = `SELECT id FROM invitation WHERE ${INBOX_WHERE}
  AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5::uuid))
  ORDER BY created_at DESC, id DESC LIMIT $6`;

/**
 * The `invitation` table, read and written under row-level security that admits the force and the partner
 * of each row only, and the expiry functions the worker calls.
 */
@Injectable()
export class InvitationRepository {
  /** The invitation, or null when there is none the acting organisation may see (or `id` is no uuid). */
  findById(manager: EntityManager, id: string): Promise<Invitation | null> {
    return isUuid(id) ? manager.findOneBy(Invitation, { id }) : Promise.resolve(null);
  }

  /** The open invitation of `partnerOrganisationId` to an operation, if any (swept or not). */
  findOpen(manager: EntityManager, operationId: string, partnerOrganisationId: string): Promise<Invitation | null> {
    return manager.findOne(Invitation, { where: { operationId, partnerOrganisationId, status: In([...OPEN_INVITATION_STATUSES]) } });
  }

  /** The force's open invitations to an operation, oldest first. */
  openOfOperation(manager: EntityManager, operationId: string, forceOrganisationId: string): Promise<Invitation[]> {
    return manager.find(Invitation, {
      where: { operationId, forceOrganisationId, status: In([...OPEN_INVITATION_STATUSES]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The force's invitations to any of `operationIds` (uuids), oldest first. */
  ofOperations(manager: EntityManager, operationIds: readonly string[], forceOrganisationId: string): Promise<Invitation[]> {
    return manager.find(Invitation, { where: { operationId: In([...operationIds]), forceOrganisationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The invitations with these ids (uuids) that the acting organisation may see, in no order. */
  byIds(manager: EntityManager, ids: readonly string[]): Promise<Invitation[]> {
    return ids.length === 0 ? Promise.resolve([]) : manager.find(Invitation, { where: { id: In([...ids]) } });
  }

  /**
   * Inserts a PENDING invitation and returns it as stored; null when the partner already has an open
   * invitation to the operation (the `UQ_invitation_open` index, which also settles two requests at once).
   */
  async insertPending(manager: EntityManager, invitation: NewInvitation): Promise<Invitation | null> {
    try {
      await manager.insert(Invitation, {
        ...invitation,
        status: 'PENDING',
        reason: null,
        respondedByUserId: null,
        respondedAt: null,
        statusChangedAt: invitation.createdAt,
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'UQ_invitation_open') return null;
      throw error;
    }
    return manager.findOneByOrFail(Invitation, { id: invitation.id });
  }

  /** Moves a row from `from`, bumping its version; STALE when someone else moved it first. */
  async moveStatus(manager: EntityManager, row: Invitation, from: InvitationStatus, set: Partial<Invitation>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Invitation)
      .set(set)
      .where('id = :id AND status = :from AND version = :version', { id: row.id, from, version: row.version })
      .execute();
    if (result.affected !== 1) throw staleInvitation();
  }

  /** How many invitations the partner's inbox holds. */
  async inboxCount(manager: EntityManager, filter: InboxFilter): Promise<number> {
    const [{ count }] = (await manager.query(INBOX_COUNT, inboxParams(filter))) as [{ count: number }];
    return count;
  }

  /** Up to `limit` ids of the partner's inbox, newest first, after `cursor` when given. */
  async inboxPageIds(manager: EntityManager, filter: InboxFilter, cursor: { createdAt: Date; id: string } | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(INBOX_PAGE, [...inboxParams(filter), cursor?.createdAt ?? null, cursor?.id ?? null, limit]);
    return rows.map((row) => row.id);
  }

  /** The forces with invitations past their respond-by time, read in a transaction acting for no organisation. */
  async forcesWithDue(manager: EntityManager, now: Date): Promise<string[]> {
    const rows: { force_organisation_id: string }[] = await manager.query('SELECT force_organisation_id FROM invitation_due_forces($1::timestamptz)', [now]);
    return rows.map((row) => row.force_organisation_id);
  }

  /** Expires the acting force's invitations whose respond-by time has passed; returns those it expired. */
  expireDue(manager: EntityManager, now: Date): Promise<ExpiredInvitation[]> {
    return manager.query('SELECT * FROM invitation_expire_due($1::timestamptz)', [now]);
  }
}

function inboxParams(filter: InboxFilter): unknown[] {
  return [filter.partnerOrganisationId, filter.statuses.length === 0 ? null : [...new Set(filter.statuses)], filter.now];
}
