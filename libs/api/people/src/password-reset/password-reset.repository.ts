import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { PasswordReset } from './password-reset.entity.js';

/** A reset link found by its token, with its account and organisation (read past row-level security). */
export interface ResetForToken {
  readonly id: string;
  readonly user_id: string;
  readonly organisation_id: string;
  readonly expires_at: Date;
  readonly used_at: Date | null;
  readonly email: string;
  readonly display_name: string;
  readonly account_status: 'ACTIVE' | 'DISABLED';
  readonly organisation_name: string;
  readonly organisation_status: 'ACTIVE' | 'SUSPENDED';
}

/** The active account an e-mail address belongs to, with how many links it was sent lately. */
export interface ResettableAccount {
  readonly user_id: string;
  readonly organisation_id: string;
  readonly recent_resets: number;
}

/** The `password_reset` table: one-time links that set a new password. */
@Injectable()
export class PasswordResetRepository {
  /** The active account of `email`, counting the links it was sent since `since`; undefined when there is none. */
  async accountFor(manager: EntityManager, email: string, since: Date): Promise<ResettableAccount | undefined> {
    const rows: ResettableAccount[] = await manager.query('select * from people_account_for_password_reset($1, $2)', [email, since]);
    return rows[0];
  }

  async forToken(manager: EntityManager, tokenHash: string): Promise<ResetForToken | undefined> {
    const rows: ResetForToken[] = await manager.query('select * from people_password_reset_for_token($1)', [tokenHash]);
    return rows[0];
  }

  async insert(manager: EntityManager, reset: PasswordReset): Promise<void> {
    await manager.insert(PasswordReset, reset);
  }

  /** Spends a link unless it was spent already: of two uses at once, one wins. */
  async claim(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const claimed = await manager
      .createQueryBuilder()
      .update(PasswordReset)
      .set({ usedAt: now })
      .where('id = :id and used_at is null', { id })
      .execute();
    return claimed.affected === 1;
  }

  /** Spends every link of the person's still unused. */
  async spendAllOf(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager.update(PasswordReset, { userId, usedAt: IsNull() }, { usedAt: now });
  }
}
