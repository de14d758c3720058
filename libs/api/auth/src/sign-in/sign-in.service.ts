import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, inTenantTransaction, setActing } from '@liaise/api-core';
import { requiresTwoFactor } from '@liaise/shared-domain';
import { AccountDirectory, type SignInAccount } from '../accounts/account-directory.js';
import { PasswordHasher } from '../passwords/password-hasher.js';
import { SessionService } from '../sessions/session.service.js';
import { normaliseEmail, pausedMessage, pausedMinutes, SignInThrottle, throttleKeys, type ThrottleKeys } from './sign-in-throttle.js';

export const SIGN_IN_REFUSED = 'Enter a correct e-mail address and password';

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
    private readonly accounts: AccountDirectory,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * Checks an e-mail address and password and starts a session. Every refusal reads the same, and an
   * unknown address costs the same work and is counted and paused exactly as a real one (see
   * `SignInThrottle`), so neither the answer nor its timing tells whether an account exists. During a pause
   * even the right password is refused, after the same work as a wrong one.
   */
  async signIn(manager: EntityManager, email: string, password: string, client: { userAgent?: string; ip?: string } = {}): Promise<SignedIn> {
    const account = await this.accounts.forSignIn(manager, normaliseEmail(email));
    const keys = throttleKeys(email, client.ip);
    const now = this.clock.now();
    const pausedUntil = await this.throttle.pausedUntil(manager, keys);
    if (pausedUntil !== undefined) {
      await this.passwords.verify(undefined, password);
      await this.recordFailure(account, 'paused', client.ip);
      throw new DomainError('SIGN_IN_PAUSED', pausedMessage(pausedUntil, now), undefined, { minutes: pausedMinutes(pausedUntil, now) });
    }
    const valid = await this.passwords.verify(account?.passwordHash, password);
    if (account === undefined || !valid || account.status !== 'ACTIVE' || account.organisationStatus !== 'ACTIVE') {
      const reason = !valid ? 'wrong-password' : account?.status !== 'ACTIVE' ? 'account-disabled' : 'organisation-suspended';
      await this.recordFailure(account, reason, client.ip, keys);
      throw new DomainError('SIGN_IN_REFUSED', SIGN_IN_REFUSED);
    }
    // From here the acting organisation is known: the rest is written under row-level security.
    await setActing(manager, { organisationId: account.organisationId, userId: account.id });
    await this.throttle.recordSuccess(manager, keys);
    // A correct password says nothing about the second factor: wrong codes stay counted until one is accepted.
    await this.accounts.update(manager, account.id, { lastSignInAt: now });
    const secondFactorDone = !account.totpEnabled && !requiresTwoFactor(account.role, account.organisationKind);
    const session = await this.sessions.start(
      manager,
      { id: account.id, organisationId: account.organisationId },
      // With a second factor enrolled, or one the role requires, the session can do nothing but give it.
      { secondFactorDone, userAgent: client.userAgent },
    );
    await this.audit.record(manager, {
      organisationId: account.organisationId,
      actorUserId: account.id,
      actorOrganisationId: account.organisationId,
      action: 'auth.sign-in',
      subjectType: 'session',
      subjectId: session.sessionId,
      detail: { secondFactor: secondFactorDone ? 'not-required' : 'pending' },
      ip: client.ip,
    });
    return { ...session, userId: account.id, organisationId: account.organisationId, secondFactorDone };
  }

  /**
   * Counts the failure (unless the attempt was paused, and so never checked) and, for an account, puts it on
   * its organisation's audit trail, in a transaction of its own: the request's transaction rolls back with
   * the refusal, and these must stick.
   */
  private async recordFailure(account: SignInAccount | undefined, reason: string, ip?: string, counted?: ThrottleKeys): Promise<void> {
    if (account === undefined) {
      if (counted !== undefined) await this.throttle.recordFailure(counted);
      return;
    }
    await inTenantTransaction(this.dataSource, { organisationId: account.organisationId }, async (manager) => {
      if (counted !== undefined) await this.throttle.recordFailure(counted, manager);
      await this.audit.record(manager, {
        organisationId: account.organisationId,
        actorOrganisationId: account.organisationId,
        action: 'auth.sign-in-failed',
        subjectType: 'user',
        subjectId: account.id,
        detail: { reason },
        ip,
      });
    });
  }
}
