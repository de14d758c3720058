import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, type RequestAuth } from '@liaise/api-core';
import { OrganisationRepository } from '@liaise/api-organisations';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@liaise/shared-domain';
import { SignInRequiredError } from '../access/access.guard.js';
import { AccountDirectory } from '../accounts/account-directory.js';
import { SessionService } from '../sessions/session.service.js';
import type { ChangePasswordInput } from './change-password.input.js';
import { PasswordHasher } from './password-hasher.js';

@Injectable()
export class ChangePasswordService {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly organisations: OrganisationRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * A new password ends every other session of the person; this one continues under a new session id.
   * Returns the new session's token.
   */
  async change(manager: EntityManager, auth: RequestAuth, input: ChangePasswordInput, userAgent?: string): Promise<string> {
    const account = await this.accounts.byId(manager, auth.userId);
    if (account === null) throw new SignInRequiredError();
    if (!(await this.passwords.verify(account.passwordHash, input.currentPassword))) {
      throw new DomainError('CURRENT_PASSWORD_INCORRECT', 'Your current password is not right', 'currentPassword');
    }
    const organisation = await this.organisations.byId(manager, account.organisationId);
    const problem = passwordProblem(input.newPassword, [account.displayName, account.email, organisation?.name ?? '']);
    if (problem !== undefined) throw new DomainError('WEAK_PASSWORD', PASSWORD_PROBLEM_MESSAGES[problem], 'newPassword', { reason: problem });
    await this.accounts.update(manager, account.id, { passwordHash: await this.passwords.hash(input.newPassword), passwordChangedAt: this.clock.now() });
    const ended = await this.sessions.endAll(manager, account.id, 'PASSWORD_CHANGED');
    const { token } = await this.sessions.start(manager, { id: account.id, organisationId: account.organisationId }, { secondFactorDone: true, userAgent });
    await this.audit.record(manager, {
      organisationId: account.organisationId,
      actorUserId: account.id,
      actorOrganisationId: account.organisationId,
      action: 'auth.password-changed',
      subjectType: 'user',
      subjectId: account.id,
      detail: { otherSessionsEnded: ended - 1 },
    });
    return token;
  }
}
