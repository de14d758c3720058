import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, DomainError, inTenantTransaction, type RequestAuth } from '@liaise/api-core';
import { SERVICE_NAME, type AuditAction } from '@liaise/shared-domain';
import { UserAccount } from '../accounts/user-account.entity.js';
import { SessionService } from '../sessions/session.service.js';
import { pausedMessage } from '../sign-in/sign-in-throttle.js';
import { RecoveryCode } from './recovery-code.entity.js';

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
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Makes a new secret for the person's authenticator app; it counts only once a code from it is confirmed. */
  async beginEnrolment(manager: EntityManager, auth: RequestAuth): Promise<Enrolment> {
    const account = await this.account(manager, auth);
    if (account.totpEnabledAt !== null) throw new DomainError('ALREADY_ENROLLED', 'Two-factor sign-in is already set up for your account');
    const secret = generateSecret();
    await manager.update(UserAccount, { id: account.id }, { totpSecret: secret });
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
    await manager.update(UserAccount, { id: account.id }, { totpEnabledAt: this.clock.now() });
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
      const used = await manager.update(
        RecoveryCode,
        { userId: account.id, codeHash: sha256(normalised), usedAt: IsNull() },
        { usedAt: now },
      );
      if ((used.affected ?? 0) === 0) await wrong('That recovery code is not right, or has been used');
      await this.record(manager, auth, 'auth.recovery-code-used');
    } else {
      await this.acceptTotp(account, account.totpSecret, normalised, wrong);
      await this.record(manager, auth, 'auth.second-factor-verified');
    }
    await manager.update(UserAccount, { id: account.id }, { failedCodes: 0, codesPausedUntil: null });
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
    return inTenantTransaction(this.dataSource, { organisationId: account.organisationId }, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(UserAccount)
        .set({ totpLastStep: String(step) })
        .where('id = :id and (totp_last_step is null or totp_last_step < :step)', { id: account.id, step })
        .execute();
      return (result.affected ?? 0) === 1;
    });
  }

  /**
   * Counts a code as wrong before it is checked (accepted, the count is reset), atomically and in a
   * transaction of its own: however many codes are sent at once, no more are checked than the pause and
   * the session allow. Refuses when codes are paused, or the session has had its last try.
   */
  private async claimAttempt(account: UserAccount, auth: RequestAuth): Promise<void> {
    const now = this.clock.now();
    const refusal = await inTenantTransaction(this.dataSource, { organisationId: account.organisationId }, async (manager) => {
      const sessions: { wrong_codes: number }[] = await manager.query(
        'SELECT wrong_codes FROM session WHERE id = $1 AND ended_at IS NULL FOR UPDATE',
        [auth.sessionId],
      );
      const tried = sessions[0]?.wrong_codes;
      if (tried === undefined || tried >= WRONG_CODES_PER_SESSION) {
        await manager.query(
          "UPDATE session SET ended_at = $2, ended_reason = 'TOO_MANY_WRONG_CODES' WHERE id = $1 AND ended_at IS NULL",
          [auth.sessionId, now],
        );
        return new DomainError('TOO_MANY_WRONG_CODES', TOO_MANY_WRONG_CODES, 'code');
      }
      const counted: { id: string }[] = await manager.query(
        `WITH counted AS (
           UPDATE user_account SET failed_codes = failed_codes + 1,
                  codes_paused_until = $2::timestamptz + auth_pause_after(failed_codes + 1, $3)
            WHERE id = $1 AND (codes_paused_until IS NULL OR codes_paused_until <= $2)
           RETURNING id)
         SELECT id FROM counted`,
        [account.id, now, CODE_PAUSE_FROM],
      );
      if (counted.length === 0) {
        const paused: { codes_paused_until: Date }[] = await manager.query('SELECT codes_paused_until FROM user_account WHERE id = $1', [account.id]);
        return new DomainError('SIGN_IN_PAUSED', pausedMessage(paused[0]?.codes_paused_until ?? now, now));
      }
      await manager.query('UPDATE session SET wrong_codes = wrong_codes + 1 WHERE id = $1', [auth.sessionId]);
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
      const ended: { id: string }[] =
        signingIn === undefined
          ? []
          : await manager.query(
              `WITH ended AS (
                 UPDATE session SET ended_at = $3, ended_reason = 'TOO_MANY_WRONG_CODES'
                  WHERE id = $1 AND ended_at IS NULL AND wrong_codes >= $2
                 RETURNING id)
               SELECT id FROM ended`,
              [signingIn.sessionId, WRONG_CODES_PER_SESSION, this.clock.now()],
            );
      await this.audit.record(manager, {
        organisationId: account.organisationId,
        actorUserId: account.id,
        actorOrganisationId: account.organisationId,
        action: 'auth.second-factor-failed',
        subjectType: 'user',
        subjectId: account.id,
        detail: ended.length > 0 ? { sessionEnded: true } : undefined,
      });
      return ended.length > 0;
    });
    if (sessionEnded) throw new DomainError('TOO_MANY_WRONG_CODES', TOO_MANY_WRONG_CODES, 'code');
    throw new DomainError('CODE_INCORRECT', message, 'code');
  }

  private async replaceRecoveryCodes(manager: EntityManager, account: UserAccount): Promise<string[]> {
    await manager.delete(RecoveryCode, { userId: account.id });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const now = this.clock.now();
    await manager.insert(
      RecoveryCode,
      codes.map((code) => ({ id: randomUUID(), organisationId: account.organisationId, userId: account.id, codeHash: sha256(code), createdAt: now, usedAt: null })),
    );
    return codes;
  }

  private async account(manager: EntityManager, auth: RequestAuth): Promise<UserAccount> {
    const account = await manager.findOneBy(UserAccount, { id: auth.userId });
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
