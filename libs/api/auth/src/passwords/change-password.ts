import { Inject, Injectable } from '@nestjs/common';
import { Args, Context, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { APP_CONFIG, Clock, DomainError, SignedIn, TransactionHost, type AppConfig, type GraphqlContext, type RequestAuth } from '@liaise/api-core';
import { OrganisationRepository } from '@liaise/api-organisations';
import { PASSWORD_MAX_LENGTH, PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '@liaise/shared-domain';
import { SignInRequiredError } from '../access/access.guard.js';
import { AccountDirectory } from '../accounts/account-directory.js';
import { PasswordHasher } from './password-hasher.js';
import { cookiesAreSecure, sessionCookieName, sessionCookieOptions } from '../sessions/session-cookie.js';
import { SessionService } from '../sessions/session.service.js';

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: 'Enter your current password' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` })
  currentPassword!: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty({ message: 'Enter a new password' })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` })
  newPassword!: string;
}

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
    if (problem !== undefined) throw new DomainError('WEAK_PASSWORD', PASSWORD_PROBLEM_MESSAGES[problem], 'newPassword');
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

@Resolver()
export class ChangePasswordResolver {
  private readonly secure: boolean;

  constructor(
    private readonly service: ChangePasswordService,
    private readonly tx: TransactionHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = cookiesAreSecure(config);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the signed-in person\'s password; every other session ends.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @Context() { req, res }: GraphqlContext): Promise<boolean> {
    if (req.auth === undefined) throw new SignInRequiredError();
    const token = await this.service.change(this.tx.manager, req.auth, input, req.get('user-agent'));
    res.cookie(sessionCookieName(this.secure), token, sessionCookieOptions(this.secure));
    return true;
  }
}
