import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import type { AnyOrganisationKind, Role } from '@liaise/shared-domain';
import { UserInvitation } from './user-invitation.entity.js';

/** An invitation found by its link's token, with the organisation it is for (read past row-level security). */
export interface InvitationForToken {
  readonly id: string;
  readonly organisation_id: string;
  readonly email: string;
  readonly role: Role;
  readonly expires_at: Date;
  readonly accepted_at: Date | null;
  readonly revoked_at: Date | null;
  readonly organisation_name: string;
  readonly organisation_kind: AnyOrganisationKind;
  readonly organisation_status: 'ACTIVE' | 'SUSPENDED';
}

/** The `user_invitation` table: invitations to join an organisation. */
@Injectable()
export class UserInvitationRepository {
  /** Until the transaction ends, no one else invites `email` (two administrators at once take turns). */
  async lockEmail(manager: EntityManager, email: string): Promise<void> {
    await manager.query("select pg_advisory_xact_lock(hashtext('user_invitation'), hashtext($1))", [email]);
  }

  /** The organisation's invitations of `email` neither accepted nor withdrawn, expired ones included. */
  open(manager: EntityManager, organisationId: string, email: string): Promise<UserInvitation[]> {
    return manager.findBy(UserInvitation, { organisationId, email, acceptedAt: IsNull(), revokedAt: IsNull() });
  }

  /** The organisation's invitations neither accepted nor withdrawn, newest first. */
  pending(manager: EntityManager, organisationId: string): Promise<UserInvitation[]> {
    return manager.find(UserInvitation, {
      where: { organisationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  inOrganisation(manager: EntityManager, organisationId: string, id: string): Promise<UserInvitation | null> {
    return manager.findOneBy(UserInvitation, { id, organisationId });
  }

  async forToken(manager: EntityManager, tokenHash: string): Promise<InvitationForToken | undefined> {
    const rows: InvitationForToken[] = await manager.query('select * from people_invitation_for_token($1)', [tokenHash]);
    return rows[0];
  }

  async insert(manager: EntityManager, invitation: UserInvitation): Promise<void> {
    await manager.insert(UserInvitation, invitation);
  }

  async revoke(manager: EntityManager, id: string, now: Date): Promise<void> {
    await manager.update(UserInvitation, { id }, { revokedAt: now });
  }

  /** Marks an invitation accepted unless it was used or withdrawn already: of two people following one link, one wins. */
  async claim(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const claimed = await manager
      .createQueryBuilder()
      .update(UserInvitation)
      .set({ acceptedAt: now })
      .where('id = :id and accepted_at is null and revoked_at is null', { id })
      .execute();
    return claimed.affected === 1;
  }
}
