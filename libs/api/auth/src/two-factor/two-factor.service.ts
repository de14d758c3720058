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
import { RecoveryCode } from './recovery-code.entity.js';

export const TOTP_PERIOD_SECONDS = 30;
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
    await this.acceptTotp(account, account.totpSecret, code);
    await manager.update(UserAccount, { id: account.id }, { totpEnabledAt: this.clock.now() });
    const recoveryCodes = await this.replaceRecoveryCodes(manager, account);
    await this.record(manager, auth, 'auth.two-factor-enrolled');
    const upgraded = await this.sessions.replace(manager, auth, { secondFactorDone: true, userAgent });
    return { token: upgraded.token, recoveryCodes };
  }

  /** The second step of signing in: a code from the app, or one of the recovery codes. */
  async verify(manager: EntityManager, auth: RequestAuth, code: string, userAgent?: string): Promise<Upgraded> {
    const account = await this.account(manager, auth);
    if (account.totpEnabledAt === null || account.totpSecret === null) {
      throw new DomainError('ENROLMENT_REQUIRED', 'Set up two-factor sign-in to continue');
    }
    const blockedUntil = account.signInBlockedUntil;
    if (blockedUntil !== null && blockedUntil > this.clock.now()) {
      throw new DomainError('SIGN_IN_PAUSED', 'Too many attempts to sign in: try again later');
    }
    const normalised = code.trim().toLowerCase();
    if (RECOVERY_CODE.test(normalised)) {
      const used = await manager.update(
        RecoveryCode,
        { userId: account.id, codeHash: sha256(normalised), usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if ((used.affected ?? 0) === 0) await this.refuse(account, 'That recovery code is not right, or has been used');
      await this.record(manager, auth, 'auth.recovery-code-used');
    } else {
      await this.acceptTotp(account, account.totpSecret, normalised);
      await this.record(manager, auth, 'auth.second-factor-verified');
    }
    await manager.update(UserAccount, { id: account.id }, { failedSignIns: 0, signInBlockedUntil: null });
    return this.sessions.replace(manager, auth, { secondFactorDone: true, userAgent });
  }

  private async acceptTotp(account: UserAccount, secret: string, code: string): Promise<void> {
    if (!/^\d{6}$/.test(code)) await this.refuse(account, 'Enter the 6-digit code your authenticator app shows');
    const epoch = Math.floor(this.clock.now().getTime() / 1000);
    const result = await verify({ secret, token: code, epoch, epochTolerance: TOTP_PERIOD_SECONDS });
    if (!result.valid) await this.refuse(account, 'The code is not right: enter the code your authenticator app shows now');
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

  /** Counts a wrong code like a wrong password, in its own transaction so the count sticks, then refuses. */
  private async refuse(account: UserAccount, message: string): Promise<never> {
    await inTenantTransaction(this.dataSource, { organisationId: account.organisationId }, async (manager) => {
      await manager.query('select auth_record_sign_in_failure($1, $2)', [account.id, this.clock.now()]);
      await this.audit.record(manager, {
        organisationId: account.organisationId,
        actorUserId: account.id,
        actorOrganisationId: account.organisationId,
        action: 'auth.second-factor-failed',
        subjectType: 'user',
        subjectId: account.id,
      });
    });
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
