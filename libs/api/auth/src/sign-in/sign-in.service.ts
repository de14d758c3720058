import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, inTenantTransaction } from '@liaise/api-core';
import { requiresTwoFactor, type AnyOrganisationKind, type Role } from '@liaise/shared-domain';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { SessionService } from '../sessions/session.service.js';
import { UserAccount } from '../accounts/user-account.entity.js';

export const SIGN_IN_REFUSED = 'Enter a correct e-mail address and password';

interface SignInAccountRow {
  id: string;
  organisation_id: string;
  role: Role;
  status: 'ACTIVE' | 'DISABLED';
  password_hash: string | null;
  failed_sign_ins: number;
  sign_in_blocked_until: Date | null;
  organisation_status: 'ACTIVE' | 'SUSPENDED';
  organisation_kind: AnyOrganisationKind;
  totp_enabled: boolean;
}

export interface SignedIn {
  readonly token: string;
  readonly sessionId: string;
  readonly userId: string;
  readonly organisationId: string;
  readonly secondFactorDone: boolean;
}

@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks an e-mail address and password and starts a session. Every refusal reads the same, and an
   * unknown address costs the same work as a wrong password, so the answer never tells whether an account
   * exists. Failures are counted per account; from the fifth, sign-in waits longer each time.
   */
  async signIn(manager: EntityManager, email: string, password: string, client: { userAgent?: string; ip?: string } = {}): Promise<SignedIn> {
    const rows: SignInAccountRow[] = await manager.query('select * from auth_account_for_sign_in($1)', [email.trim()]);
    const account = rows[0];
    const now = this.clock.now();
    if (account?.sign_in_blocked_until && account.sign_in_blocked_until > now) {
      await this.passwords.verify(undefined, password);
      await this.recordFailure(account, 'paused', client.ip);
      const minutes = Math.max(1, Math.ceil((account.sign_in_blocked_until.getTime() - now.getTime()) / 60_000));
      throw new DomainError('SIGN_IN_PAUSED', `Too many attempts to sign in: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`);
    }
    const valid = await this.passwords.verify(account?.password_hash, password);
    if (account === undefined || !valid) {
      if (account !== undefined) await this.recordFailure(account, 'wrong-password', client.ip);
      throw new DomainError('SIGN_IN_REFUSED', SIGN_IN_REFUSED);
    }
    if (account.status !== 'ACTIVE' || account.organisation_status !== 'ACTIVE') {
      await this.recordFailure(account, account.status !== 'ACTIVE' ? 'account-disabled' : 'organisation-suspended', client.ip);
      throw new DomainError('SIGN_IN_REFUSED', SIGN_IN_REFUSED);
    }
    // From here the acting organisation is known: the rest is written under row-level security.
    await manager.query("select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)", [
      account.organisation_id,
      account.id,
    ]);
    await manager.update(UserAccount, { id: account.id }, { failedSignIns: 0, signInBlockedUntil: null, lastSignInAt: now });
    const secondFactorDone = !account.totp_enabled && !requiresTwoFactor(account.role, account.organisation_kind);
    const session = await this.sessions.start(
      manager,
      { id: account.id, organisationId: account.organisation_id },
      // With a second factor enrolled, or one the role requires, the session can do nothing but give it.
      { secondFactorDone, userAgent: client.userAgent },
    );
    await this.audit.record(manager, {
      organisationId: account.organisation_id,
      actorUserId: account.id,
      actorOrganisationId: account.organisation_id,
      action: 'auth.sign-in',
      subjectType: 'session',
      subjectId: session.sessionId,
      detail: { secondFactor: secondFactorDone ? 'not-required' : 'pending' },
      ip: client.ip,
    });
    return { ...session, userId: account.id, organisationId: account.organisation_id, secondFactorDone };
  }

  /**
   * Counts the failure and puts it on the organisation's audit trail in a transaction of its own: the
   * request's transaction rolls back with the refusal, and these must stick.
   */
  private async recordFailure(account: SignInAccountRow, reason: string, ip?: string): Promise<void> {
    await inTenantTransaction(this.dataSource, { organisationId: account.organisation_id }, async (manager) => {
      if (reason === 'wrong-password') await manager.query('select auth_record_sign_in_failure($1, $2)', [account.id, this.clock.now()]);
      await this.audit.record(manager, {
        organisationId: account.organisation_id,
        actorOrganisationId: account.organisation_id,
        action: 'auth.sign-in-failed',
        subjectType: 'user',
        subjectId: account.id,
        detail: { reason },
        ip,
      });
    });
  }
}
