import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, inTenantTransaction, type RequestAuth } from '@liaise/api-core';
import { SERVICE_NAME, type AuditAction } from '@liaise/shared-domain';
import { AccountDirectory } from '../accounts/account-directory.js';
import type { UserAccount } from '../accounts/user-account.entity.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { SessionService } from '../sessions/session.service.js';
import { pausedMessage, pausedMinutes } from '../sign-in/sign-in-throttle.js';
import { RecoveryCodeRepository } from './recovery-code.repository.js';

export const TOTP_PERIOD_SECONDS = 30;
/** From this wrong code since one was last accepted, codes pause as passwords do (15 seconds, doubling to 15 minutes). */
export const CODE_PAUSE_FROM = 5;
/** The wrong code that ends a half-signed-in session: the person gives their password again. */
export const WRONG_CODES_PER_SESSION = 3;
export const TOO_MANY_WRONG_CODES = `You entered a wrong code ${WRONG_CODES_PER_SESSION} times: sign in again with your e-mail address and password`;
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_CODE = /^[a-z2-7]{5}-[a-z2-7]{5}$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Ten letters and digits in two groups, easy to read out and type: about 50 bits each. */
function newRecoveryCode(): string {
  const letters = [...randomBytes(10)].map((byte) => BASE32[byte % 32]).join('');
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

export interface Enrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCodeSvg: string;
}

/** A session that has proved its second factor replaces the one that had not (a new session id). */
export interface Upgraded {
  readonly token: string;
  readonly recoveryCodes?: string[];
}

@Injectable()
export class TwoFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountDirectory,
    private readonly sessions: SessionService,
    private readonly sessionRows: SessionRepository,
    private readonly recoveryCodes: RecoveryCodeRepository,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Makes a new secret for the person's authenticator app; it counts only once a code from it is confirmed. */
  async beginEnrolment(manager: EntityManager, auth: RequestAuth): Promise<Enrolment> {
    const account = await this.account(manager, auth);
    if (account.totpEnabledAt !== null) throw new DomainError('ALREADY_ENROLLED', 'Two-factor sign-in is already set up for your account');
    const secret = generateSecret();
    await this.accounts.update(manager, account.id, { totpSecret: secret });
    const otpauthUri = generateURI({ issuer: SERVICE_NAME, label: account.email, secret });
    return { secret, otpauthUri, qrCodeSvg: await QRCode.toString(otpauthUri, { type: 'svg', margin: 1 }) };
  }

  /** Confirms enrolment with a code from the app; returns the recovery codes, shown this once. */
  async confirmEnrolment(manager: EntityManager, auth: RequestAuth, code: string, userAgent?: string): Promise<Upgraded> {
    const account = await this.account(manager, auth);
    if (account.totpEnabledAt !== null) throw new DomainError('ALREADY_ENROLLED', 'Two-factor sign-in is already set up for your account');
    if (account.totpSecret === null) throw new DomainError('ENROLMENT_NOT_STARTED', 'Start setting up two-factor sign-in first');
    // A wrong code here is not counted: it is for the secret this very session was just given.
    await this.acceptTotp(account, account.totpSecret, code, (message) => this.refuse(account, message));
    await this.accounts.update(manager, account.id, { totpEnabledAt: this.clock.now() });
    const recoveryCodes = await this.replaceRecoveryCodes(manager, account);
    await this.record(manager, auth, 'auth.two-factor-enrolled');
    const upgraded = await this.sessions.replace(manager, auth, { secondFactorDone: true, userAgent });
    return { token: upgraded.token, recoveryCodes };
  }

  /**
   * The second step of signing in: a code from the app, or one of the recovery codes. Wrong codes are
   * counted on the account until one is accepted, whatever sign-ins come between: from the
   * `CODE_PAUSE_FROM`-th, codes pause (the right one refused too); the `WRONG_CODES_PER_SESSION`-th in one
   * session ends it, so guessing on needs the password again.
   */
  async verify(manager: EntityManager, auth: RequestAuth, code: string, userAgent?: string): Promise<Upgraded> {
    const account = await this.account(manager, auth);
    if (account.totpEnabledAt === null || account.totpSecret === null) {
      throw new DomainError('ENROLMENT_REQUIRED', 'Set up two-factor sign-in to continue');
    }
    await this.claimAttempt(account, auth);
    const now = this.clock.now();
    const wrong = (message: string) => this.refuse(account, message, auth);
    const normalised = code.trim().toLowerCase();
    if (RECOVERY_CODE.test(normalised)) {
      if (!(await this.recoveryCodes.use(manager, account.id, sha256(normalised), now))) await wrong('That recovery code is not right, or has been used');
      await this.record(manager, auth, 'auth.recovery-code-used');
    } else {
      await this.acceptTotp(account, account.totpSecret, normalised, wrong);
      await this.record(manager, auth, 'auth.second-factor-verified');
    }
    await this.accounts.update(manager, account.id, { failedCodes: 0, codesPausedUntil: null });
    return this.sessions.replace(manager, auth, { secondFactorDone: true, userAgent });
  }

  private async acceptTotp(account: UserAccount, secret: string, code: string, wrong: (message: string) => Promise<never>): Promise<void> {
    if (!/^\d{6}$/.test(code)) await wrong('Enter the 6-digit code your authenticator app shows');
    const epoch = Math.floor(this.clock.now().getTime() / 1000);
    const result = await verify({ secret, token: code, epoch, epochTolerance: TOTP_PERIOD_SECONDS });
    if (!result.valid) await wrong('The code is not right: enter the code your authenticator app shows now');
    const step = Math.floor((result as { epoch: number }).epoch / TOTP_PERIOD_SECONDS);
    const accepted = await this.stepAccepted(account, step);
    if (!accepted) throw new DomainError('CODE_ALREADY_USED', 'That code has already been used: wait for the next one', 'code');
  }

  /**
   * Moves the account's last accepted step forward, atomically and in a transaction of its own: of two
   * requests with the same code only one succeeds, and a code stays spent even if the request fails later.
   */
  private async stepAccepted(account: UserAccount, step: number): Promise<boolean> {
    return inTenantTransaction(this.dataSource, { organisationId: account.organisationId }, (manager) =>
      this.accounts.acceptTotpStep(manager, account.id, step),
    );
  }

  /**
   * Counts a code as wrong before it is checked (accepted, the count is reset), atomically and in a
   * transaction of its own: however many codes are sent at once, no more are checked than the pause and
   * the session allow. Refuses when codes are paused, or the session has had its last try.
   */
  private async claimAttempt(account: UserAccount, auth: RequestAuth): Promise<void> {
    const now = this.clock.now();
    const refusal = await inTenantTransaction(this.dataSource, { organisationId: account.organisationId }, async (manager) => {
      const tried = await this.sessionRows.lockWrongCodes(manager, auth.sessionId);
      if (tried === undefined || tried >= WRONG_CODES_PER_SESSION) {
        await this.sessionRows.end(manager, auth.sessionId, now, 'TOO_MANY_WRONG_CODES');
        return new DomainError('TOO_MANY_WRONG_CODES', TOO_MANY_WRONG_CODES, 'code');
      }
      if (!(await this.accounts.countWrongCode(manager, account.id, now, CODE_PAUSE_FROM))) {
        const until = (await this.accounts.codesPausedUntil(manager, account.id)) ?? now;
        return new DomainError('SIGN_IN_PAUSED', pausedMessage(until, now), undefined, { minutes: pausedMinutes(until, now) });
      }
      await this.sessionRows.countWrongCode(manager, auth.sessionId);
      return undefined;
    });
    if (refusal !== undefined) throw refusal;
  }

  /**
   * Refuses a wrong code (counted already, when signing in). A half-signed-in session (`signingIn`) that has
   * had its last try ends, so guessing on needs the password again. In a transaction of its own, so the
   * ending and the audit entry stick when the request's transaction rolls back with the refusal.
   */
  private async refuse(account: UserAccount, message: string, signingIn?: RequestAuth): Promise<never> {
    const sessionEnded = await inTenantTransaction(this.dataSource, { organisationId: account.organisationId }, async (manager) => {
      const ended =
        signingIn !== undefined && (await this.sessionRows.endAfterWrongCodes(manager, signingIn.sessionId, WRONG_CODES_PER_SESSION, this.clock.now()));
      await this.audit.record(manager, {
        organisationId: account.organisationId,
        actorUserId: account.id,
        actorOrganisationId: account.organisationId,
        action: 'auth.second-factor-failed',
        subjectType: 'user',
        subjectId: account.id,
        detail: ended ? { sessionEnded: true } : undefined,
      });
      return ended;
    });
    if (sessionEnded) throw new DomainError('TOO_MANY_WRONG_CODES', TOO_MANY_WRONG_CODES, 'code');
    throw new DomainError('CODE_INCORRECT', message, 'code');
  }

  private async replaceRecoveryCodes(manager: EntityManager, account: UserAccount): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.recoveryCodes.replace(manager, account, codes.map(sha256), this.clock.now());
    return codes;
  }

  private async account(manager: EntityManager, auth: RequestAuth): Promise<UserAccount> {
    const account = await this.accounts.byId(manager, auth.userId);
    if (account === null) throw new DomainError('NOT_FOUND', 'Not found');
    return account;
  }

  private record(manager: EntityManager, auth: RequestAuth, action: AuditAction): Promise<string> {
    return this.audit.record(manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action,
      subjectType: 'user',
      subjectId: auth.userId,
    });
  }
}
