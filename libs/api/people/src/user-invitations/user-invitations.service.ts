import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { AccountDirectory, PasswordHasher, SessionService } from '@liaise/api-auth';
import { APP_CONFIG, Clock, DomainError, inTenantTransaction, NotFoundError, setActing, type AppConfig } from '@liaise/api-core';
import { OutboxService } from '@liaise/api-notifications';
import { OrganisationRepository } from '@liaise/api-organisations';
import { INVITATION_PROBLEM_MESSAGES, INVITATION_VALID_HOURS, type InvitationProblem, isUuid, requiresTwoFactor } from '@liaise/shared-domain';
import type { Actor } from '../actor.js';
import { checkNewPassword } from '../new-password.js';
import { newOneTimeToken, tokenHashOf } from '../one-time-token.js';
import type { UserInvitationPreview, UserInvitationView } from '../people.types.js';
import { checkGrantable } from '../roles.js';
import type { UserInvitation } from './user-invitation.entity.js';
import type { AcceptUserInvitationInput, InviteUserInput } from './user-invitation.inputs.js';
import { type InvitationForToken, UserInvitationRepository } from './user-invitation.repository.js';

const HOUR_MS = 60 * 60 * 1000;

export const EMAIL_HAS_ACCOUNT = 'This e-mail address already has a Liaise account';
export const INVITATION_PENDING = 'This e-mail address already has an invitation waiting: withdraw it to send a new one';

/** Someone who has just joined: their new session's token, for the cookie. */
export interface Joined {
  readonly token: string;
  readonly userId: string;
  readonly secondFactorDone: boolean;
}

const problem = (code: InvitationProblem) => new DomainError(code, INVITATION_PROBLEM_MESSAGES[code]);

/**
 * Joining by invitation: an administrator invites an e-mail address with a role; the e-mailed one-time
 * link lets the person choose a name and password, which creates their account and signs them in.
 */
@Injectable()
export class UserInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: UserInvitationRepository,
    private readonly accounts: AccountDirectory,
    private readonly organisations: OrganisationRepository,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The platform administrator invites the first administrator of an organisation it set up. The invitation
   * is written as the new organisation (its row-level security), then the platform's own trail records it.
   */
  async inviteOrganisationAdministrator(manager: EntityManager, platform: Actor, organisationId: string, email: string): Promise<UserInvitationView> {
    const organisation = await this.organisations.platformOrganisation(manager, organisationId);
    if (organisation === undefined || organisation.id === platform.organisationId) throw new NotFoundError();
    if (organisation.status !== 'ACTIVE') {
      throw new DomainError('ORGANISATION_SUSPENDED', 'Reactivate the organisation before inviting its administrator', 'organisationId');
    }
    await setActing(manager, { organisationId, userId: platform.userId });
    const invitation = await this.invite(manager, { ...platform, organisationId }, { email, role: 'ORGANISATION_ADMIN' });
    await setActing(manager, platform);
    await this.audit.record(manager, {
      organisationId: platform.organisationId,
      actorUserId: platform.userId,
      actorOrganisationId: platform.organisationId,
      action: 'organisation.administrator-invited',
      subjectType: 'organisation',
      subjectId: organisationId,
      ip: platform.ip,
    });
    return invitation;
  }

  async invite(manager: EntityManager, actor: Actor, input: InviteUserInput): Promise<UserInvitationView> {
    const email = input.email.trim().toLowerCase();
    const organisation = await this.organisations.byId(manager, actor.organisationId);
    if (organisation === null) throw new NotFoundError();
    checkGrantable(input.role, organisation);

    // Two administrators inviting one address at once take turns, so only one invitation is sent.
    await this.invitations.lockEmail(manager, email);
    if (await this.accounts.emailHasAccount(manager, email)) throw new DomainError('EMAIL_HAS_ACCOUNT', EMAIL_HAS_ACCOUNT, 'email');
    const now = this.clock.now();
    const open = await this.invitations.open(manager, actor.organisationId, email);
    if (open.some((invitation) => invitation.expiresAt > now)) throw new DomainError('INVITATION_PENDING', INVITATION_PENDING, 'email');
    // An expired one is replaced by the new one rather than listed beside it.
    for (const expired of open) await this.invitations.revoke(manager, expired.id, now);

    const { token, tokenHash } = newOneTimeToken();
    const invitation: UserInvitation = {
      id: randomUUID(),
      organisationId: actor.organisationId,
      email,
      role: input.role,
      tokenHash,
      invitedBy: actor.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_VALID_HOURS * HOUR_MS),
      acceptedAt: null,
      revokedAt: null,
    };
    await this.invitations.insert(manager, invitation);
    await this.outbox.enqueue(manager, {
      organisationId: actor.organisationId,
      to: email,
      template: 'invitation',
      params: { link: `${this.config.publicUrl}/join/${token}` },
    });
    await this.audit.record(manager, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      action: 'people.invited',
      subjectType: 'invitation',
      subjectId: invitation.id,
      detail: { role: input.role },
      ip: actor.ip,
    });
    const inviter = await this.accounts.byId(manager, actor.userId);
    return toInvitation(invitation, now, inviter?.displayName ?? null);
  }

  /** Withdraws an invitation that has not been accepted: its link stops working at once. */
  async revoke(manager: EntityManager, actor: Actor, id: string): Promise<boolean> {
    if (!isUuid(id)) throw new NotFoundError();
    const invitation = await this.invitations.inOrganisation(manager, actor.organisationId, id);
    if (invitation === null || invitation.revokedAt !== null) throw new NotFoundError();
    if (invitation.acceptedAt !== null) throw new DomainError('INVITATION_USED', 'This invitation has already been accepted: the person has an account now');
    await this.invitations.revoke(manager, id, this.clock.now());
    await this.audit.record(manager, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      action: 'people.invitation-revoked',
      subjectType: 'invitation',
      subjectId: id,
      ip: actor.ip,
    });
    return true;
  }

  /** The organisation's invitations that are neither accepted nor withdrawn (expired ones included), newest first. */
  async pending(manager: EntityManager, organisationId: string): Promise<UserInvitationView[]> {
    const pending = await this.invitations.pending(manager, organisationId);
    // Row-level security shows only this organisation's people: an inviter from elsewhere (the platform) stays unnamed.
    const inviterNames = await this.accounts.namesOf(manager, [...new Set(pending.map((invitation) => invitation.invitedBy))]);
    const now = this.clock.now();
    return pending.map((invitation) => toInvitation(invitation, now, inviterNames.get(invitation.invitedBy) ?? null));
  }

  /** What a link is for, for the page that accepts it; a link that does not work says why. */
  async preview(manager: EntityManager, token: string): Promise<UserInvitationPreview> {
    const invitation = await this.usable(manager, token);
    return {
      email: invitation.email,
      organisationName: invitation.organisation_name,
      role: invitation.role,
      expiresAt: invitation.expires_at,
    };
  }

  /**
   * Creates the account the invitation is for, marks the invitation used and starts a session. When the
   * role must use two-factor sign-in, the session waits for enrolment before it may do anything else.
   */
  async accept(manager: EntityManager, input: AcceptUserInvitationInput, client: { userAgent?: string; ip?: string }): Promise<Joined> {
    const invitation = await this.usable(manager, input.token, { ip: client.ip });
    const displayName = input.displayName.trim();
    if (displayName === '') throw new DomainError('BAD_USER_INPUT', 'Enter your name', 'displayName');
    checkNewPassword(input.password, [displayName, invitation.email, invitation.organisation_name]);
    if (await this.accounts.emailHasAccount(manager, invitation.email)) throw new DomainError('EMAIL_HAS_ACCOUNT', `${EMAIL_HAS_ACCOUNT}: sign in with it instead`);

    const passwordHash = await this.passwords.hash(input.password);
    const userId = randomUUID();
    const organisationId = invitation.organisation_id;
    const now = this.clock.now();
    await setActing(manager, { organisationId, userId });
    // Claimed first: of two people following one link at once, only one gets past this.
    if (!(await this.invitations.claim(manager, invitation.id, now))) throw problem('INVITATION_USED');
    try {
      await this.accounts.insert(manager, {
        id: userId,
        organisationId,
        email: invitation.email,
        displayName,
        role: invitation.role,
        status: 'ACTIVE',
        passwordHash,
        passwordChangedAt: now,
        failedCodes: 0,
        codesPausedUntil: null,
        lastSignInAt: now,
      });
    } catch (error) {
      // Another organisation's invitation for the same address was accepted a moment ago.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError('EMAIL_HAS_ACCOUNT', `${EMAIL_HAS_ACCOUNT}: sign in with it instead`);
      }
      throw error;
    }
    const secondFactorDone = !requiresTwoFactor(invitation.role, invitation.organisation_kind);
    const session = await this.sessions.start(manager, { id: userId, organisationId }, { secondFactorDone, userAgent: client.userAgent });
    await this.audit.record(manager, {
      organisationId,
      actorUserId: userId,
      actorOrganisationId: organisationId,
      action: 'people.joined',
      subjectType: 'user',
      subjectId: userId,
      detail: { invitationId: invitation.id, role: invitation.role },
      ip: client.ip,
    });
    return { token: session.token, userId, secondFactorDone };
  }

  /**
   * The invitation a link's token is for, if it can still be accepted; otherwise the specific reason. With
   * `accepting` (not just looking), a refusal of a real invitation goes on its organisation's audit trail,
   * in a transaction of its own since the request's rolls back with the refusal.
   */
  private async usable(manager: EntityManager, token: string, accepting?: { ip?: string }): Promise<InvitationForToken> {
    const tokenHash = tokenHashOf(token);
    if (tokenHash === undefined) throw problem('INVITATION_NOT_FOUND');
    const invitation = await this.invitations.forToken(manager, tokenHash);
    if (invitation === undefined || invitation.organisation_status !== 'ACTIVE') throw problem('INVITATION_NOT_FOUND');
    let refusal: InvitationProblem | undefined;
    if (invitation.revoked_at !== null) refusal = 'INVITATION_REVOKED';
    else if (invitation.accepted_at !== null) refusal = 'INVITATION_USED';
    else if (invitation.expires_at <= this.clock.now()) refusal = 'INVITATION_EXPIRED';
    if (refusal === undefined) return invitation;
    if (accepting !== undefined) {
      await inTenantTransaction(this.dataSource, { organisationId: invitation.organisation_id }, (audit) =>
        this.audit.record(audit, {
          organisationId: invitation.organisation_id,
          actorOrganisationId: invitation.organisation_id,
          action: 'people.join-refused',
          subjectType: 'invitation',
          subjectId: invitation.id,
          detail: { reason: refusal },
          ip: accepting.ip,
        }),
      );
    }
    throw problem(refusal);
  }
}

function toInvitation(invitation: UserInvitation, now: Date, invitedByName: string | null): UserInvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    invitedAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    expired: invitation.expiresAt <= now,
    invitedByName,
  };
}
