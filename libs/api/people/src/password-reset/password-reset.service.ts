import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { AccountDirectory, PasswordHasher, SessionService } from '@liaise/api-auth';
import { APP_CONFIG, Clock, DomainError, inTenantTransaction, setActing, type AppConfig } from '@liaise/api-core';
import { OutboxService } from '@liaise/api-notifications';
import {
  PASSWORD_RESET_VALID_MINUTES,
  PASSWORD_RESETS_PER_HOUR,
  RESET_LINK_PROBLEM_MESSAGES,
  type ResetLinkProblem,
} from '@liaise/shared-domain';
import { checkNewPassword } from '../new-password.js';
import { newOneTimeToken, tokenHashOf } from '../one-time-token.js';
import type { PasswordReset } from './password-reset.entity.js';
import { PasswordResetRepository } from './password-reset.repository.js';

const MINUTE_MS = 60_000;

const problem = (code: ResetLinkProblem) => new DomainError(code, RESET_LINK_PROBLEM_MESSAGES[code]);

/** Forgotten passwords: a one-time link by e-mail, valid for an hour, that sets a new password. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resets: PasswordResetRepository,
    private readonly accounts: AccountDirectory,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * E-mails a reset link when the address belongs to an active account, at most a few times an hour. The
   * caller answers the same whatever happened here, so the answer never tells whether an account exists.
   */
  async request(manager: EntityManager, rawEmail: string, ip?: string): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    const now = this.clock.now();
    const account = await this.resets.accountFor(manager, email, new Date(now.getTime() - 60 * MINUTE_MS));
    if (account === undefined || account.recent_resets >= PASSWORD_RESETS_PER_HOUR) return;
    await setActing(manager, { organisationId: account.organisation_id });
    const { token, tokenHash } = newOneTimeToken();
    const reset: PasswordReset = {
      id: randomUUID(),
      organisationId: account.organisation_id,
      userId: account.user_id,
      tokenHash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALID_MINUTES * MINUTE_MS),
      usedAt: null,
    };
    await this.resets.insert(manager, reset);
    await this.outbox.enqueue(manager, {
      organisationId: account.organisation_id,
      to: email,
      template: 'password-reset',
      params: { link: `${this.config.publicUrl}/reset-password/${token}` },
    });
    await this.audit.record(manager, {
      organisationId: account.organisation_id,
      action: 'people.password-reset-requested',
      subjectType: 'user',
      subjectId: account.user_id,
      ip,
    });
  }

  /** Sets a new password from a reset link; every session of the account ends, and the link is spent. */
  async reset(manager: EntityManager, token: string, password: string, ip?: string): Promise<void> {
    const tokenHash = tokenHashOf(token);
    if (tokenHash === undefined) throw problem('RESET_LINK_NOT_FOUND');
    const reset = await this.resets.forToken(manager, tokenHash);
    if (reset === undefined || reset.account_status !== 'ACTIVE' || reset.organisation_status !== 'ACTIVE') throw problem('RESET_LINK_NOT_FOUND');
    const refusal: ResetLinkProblem | undefined =
      reset.used_at !== null ? 'RESET_LINK_USED' : reset.expires_at <= this.clock.now() ? 'RESET_LINK_EXPIRED' : undefined;
    if (refusal !== undefined) {
      // In a transaction of its own: the request's rolls back with the refusal.
      await inTenantTransaction(this.dataSource, { organisationId: reset.organisation_id }, (audit) =>
        this.audit.record(audit, {
          organisationId: reset.organisation_id,
          action: 'people.password-reset-refused',
          subjectType: 'user',
          subjectId: reset.user_id,
          detail: { reason: refusal },
          ip,
        }),
      );
      throw problem(refusal);
    }
    checkNewPassword(password, [reset.display_name, reset.email, reset.organisation_name]);

    const now = this.clock.now();
    await setActing(manager, { organisationId: reset.organisation_id, userId: reset.user_id });
    if (!(await this.resets.claim(manager, reset.id, now))) throw problem('RESET_LINK_USED');
    // Any other link sent before this one is spent too: the password it was for has changed.
    await this.resets.spendAllOf(manager, reset.user_id, now);
    await this.accounts.update(manager, reset.user_id, { passwordHash: await this.passwords.hash(password), passwordChangedAt: now });
    const sessionsEnded = await this.sessions.endAll(manager, reset.user_id, 'PASSWORD_CHANGED');
    await this.audit.record(manager, {
      organisationId: reset.organisation_id,
      actorUserId: reset.user_id,
      actorOrganisationId: reset.organisation_id,
      action: 'people.password-reset',
      subjectType: 'user',
      subjectId: reset.user_id,
      detail: { sessionsEnded },
      ip,
    });
  }
}
