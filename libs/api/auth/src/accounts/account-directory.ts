import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PersonNames } from '@liaise/api-audit';
import type { AnyOrganisationKind, Role } from '@liaise/shared-domain';
import { type AccountStatus, UserAccount } from './user-account.entity.js';

/** What signing in needs of an account, read past row-level security since nobody is acting yet. */
export interface SignInAccount {
  readonly id: string;
  readonly organisationId: string;
  readonly role: Role;
  readonly status: AccountStatus;
  readonly passwordHash: string | null;
  readonly organisationStatus: 'ACTIVE' | 'SUSPENDED';
  readonly organisationKind: AnyOrganisationKind;
  readonly totpEnabled: boolean;
}

export interface AccountSummary {
  readonly id: string;
  readonly displayName: string;
  readonly status: AccountStatus;
}

/** What may change on an account once it exists. */
export type AccountChanges = Partial<
  Pick<UserAccount, 'role' | 'status' | 'passwordHash' | 'passwordChangedAt' | 'totpSecret' | 'totpEnabledAt' | 'failedCodes' | 'codesPausedUntil' | 'lastSignInAt'>
>;

export type NewAccount = Omit<UserAccount, 'totpSecret' | 'totpEnabledAt' | 'totpLastStep' | 'createdAt' | 'updatedAt' | 'version'>;

/**
 * The one place that reads and writes `user_account`. Every method takes the caller's EntityManager (the
 * request's transaction, or one of the caller's own), so row-level security decides whose accounts it sees:
 * the acting organisation's, never another's.
 */
@Injectable()
export class AccountDirectory implements PersonNames {
  byId(manager: EntityManager, id: string): Promise<UserAccount | null> {
    return manager.findOneBy(UserAccount, { id });
  }

  /** Someone of `organisationId`; anyone else, or no one, is null. */
  inOrganisation(manager: EntityManager, organisationId: string, id: string): Promise<UserAccount | null> {
    return manager.findOneBy(UserAccount, { id, organisationId });
  }

  /** Everyone of `organisationId` by name, disabled people included. */
  members(manager: EntityManager, organisationId: string): Promise<UserAccount[]> {
    return manager.find(UserAccount, { where: { organisationId }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  /** The active people of `organisationId` by name. */
  activeMembers(manager: EntityManager, organisationId: string): Promise<UserAccount[]> {
    return manager.find(UserAccount, { where: { organisationId, status: 'ACTIVE' }, order: { displayName: 'ASC', id: 'ASC' } });
  }

  /** Those of `ids` who are active people of `organisationId`. */
  async activeMemberIds(manager: EntityManager, organisationId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM user_account WHERE organisation_id = $1 AND status = 'ACTIVE' AND id = ANY($2::uuid[])`,
      [organisationId, ids],
    );
    return rows.map((row) => row.id);
  }

  /** The active managers of `organisationId`: who hears about what needs a manager's decision. */
  async activeManagerIds(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM user_account WHERE organisation_id = $1 AND role = 'MANAGER' AND status = 'ACTIVE'`,
      [organisationId],
    );
    return rows.map((row) => row.id);
  }

  /** Name and status of those of `ids` the caller may see, by name (in the database's collation). */
  async summariesOf(manager: EntityManager, ids: readonly string[]): Promise<AccountSummary[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; display_name: string; status: AccountStatus }[] = await manager.query(
      'SELECT id, display_name, status FROM user_account WHERE id = ANY($1::uuid[]) ORDER BY display_name, id',
      [ids],
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, status: row.status }));
  }

  async namesOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.summariesOf(manager, ids)).map((account) => [account.id, account.displayName]));
  }

  /** The role of an active account, or undefined when it is disabled or not visible. */
  async activeRoleOf(manager: EntityManager, id: string): Promise<Role | undefined> {
    const rows: { role: Role }[] = await manager.query(`SELECT role FROM user_account WHERE id = $1 AND status = 'ACTIVE'`, [id]);
    return rows[0]?.role;
  }

  /** The account an e-mail address signs in to, whichever organisation it belongs to. */
  async forSignIn(manager: EntityManager, email: string): Promise<SignInAccount | undefined> {
    const rows: {
      id: string;
      organisation_id: string;
      role: Role;
      status: AccountStatus;
      password_hash: string | null;
      organisation_status: 'ACTIVE' | 'SUSPENDED';
      organisation_kind: AnyOrganisationKind;
      totp_enabled: boolean;
    }[] = await manager.query('select * from auth_account_for_sign_in($1)', [email]);
    const row = rows[0];
    return row === undefined
      ? undefined
      : {
          id: row.id,
          organisationId: row.organisation_id,
          role: row.role,
          status: row.status,
          passwordHash: row.password_hash,
          organisationStatus: row.organisation_status,
          organisationKind: row.organisation_kind,
          totpEnabled: row.totp_enabled,
        };
  }

  /** Whether any organisation has an account with this e-mail address (unique across Liaise). */
  async emailHasAccount(manager: EntityManager, email: string): Promise<boolean> {
    const [{ taken } = { taken: false }]: { taken: boolean }[] = await manager.query('select people_email_has_account($1) as taken', [email]);
    return taken;
  }

  async insert(manager: EntityManager, account: NewAccount): Promise<void> {
    await manager.insert(UserAccount, account);
  }

  async update(manager: EntityManager, id: string, changes: AccountChanges): Promise<void> {
    await manager.update(UserAccount, { id }, changes);
  }

  /** Moves the last accepted code's time step forward; false when `step` is not newer (the code was used). */
  async acceptTotpStep(manager: EntityManager, id: string, step: number): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(UserAccount)
      .set({ totpLastStep: String(step) })
      .where('id = :id and (totp_last_step is null or totp_last_step < :step)', { id, step })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /**
   * Counts one more wrong code and pauses codes from the `pauseFrom`-th; false, counting nothing, while codes
   * are paused already.
   */
  async countWrongCode(manager: EntityManager, id: string, now: Date, pauseFrom: number): Promise<boolean> {
    const counted: { id: string }[] = await manager.query(
      `WITH counted AS (
         UPDATE user_account SET failed_codes = failed_codes + 1,
                codes_paused_until = $2::timestamptz + auth_pause_after(failed_codes + 1, $3)
          WHERE id = $1 AND (codes_paused_until IS NULL OR codes_paused_until <= $2)
         RETURNING id)
       SELECT id FROM counted`,
      [id, now, pauseFrom],
    );
    return counted.length > 0;
  }

  async codesPausedUntil(manager: EntityManager, id: string): Promise<Date | undefined> {
    const paused: { codes_paused_until: Date | null }[] = await manager.query('SELECT codes_paused_until FROM user_account WHERE id = $1', [id]);
    return paused[0]?.codes_paused_until ?? undefined;
  }
}
