import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { AccountDirectory, SessionService, type UserAccount } from '@liaise/api-auth';
import { announceSessionChange, DomainError, NotFoundError } from '@liaise/api-core';
import { OrganisationRepository } from '@liaise/api-organisations';
import { type AuditAction, isUuid, requiresTwoFactor, type Role } from '@liaise/shared-domain';
import type { Actor } from '../actor.js';
import type { Person } from '../people.types.js';
import { checkGrantable, grantableRoles } from '../roles.js';

function toPerson(account: UserAccount): Person {
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    role: account.role,
    status: account.status,
    lastSignInAt: account.lastSignInAt,
  };
}

/**
 * An organisation's administrator managing its people: roles, and who may sign in. Someone of another
 * organisation is answered exactly like an id that does not exist.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly accounts: AccountDirectory,
    private readonly organisations: OrganisationRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async list(manager: EntityManager, organisationId: string): Promise<Person[]> {
    return (await this.accounts.members(manager, organisationId)).map(toPerson);
  }

  async grantableRoles(manager: EntityManager, organisationId: string): Promise<Role[]> {
    const organisation = await this.organisations.byId(manager, organisationId);
    return organisation === null ? [] : grantableRoles(organisation.kind);
  }

  async changeRole(manager: EntityManager, actor: Actor, userId: string, role: Role): Promise<Person> {
    const account = await this.colleague(manager, actor, userId);
    const organisation = await this.organisations.byId(manager, actor.organisationId);
    if (organisation === null) throw new NotFoundError();
    checkGrantable(role, organisation);
    if (account.id === actor.userId) {
      throw new DomainError('CANNOT_CHANGE_OWN_ROLE', 'You cannot change your own role: ask another administrator to do it', 'role');
    }
    if (account.role === role) return toPerson(account);
    await this.accounts.update(manager, account.id, { role });
    // Promoted into a role that needs two-factor sign-in: their open sessions must give it first.
    const stepUp = requiresTwoFactor(role, organisation.kind) && !requiresTwoFactor(account.role, organisation.kind);
    const sessionsStepped = stepUp ? await this.sessions.requireSecondFactor(manager, account.id) : 0;
    // Live sockets were opened with the old role's permissions: they close.
    await announceSessionChange(manager, { userId: account.id });
    await this.record(manager, actor, 'people.role-changed', account.id, { from: account.role, to: role, sessionsStepped });
    return toPerson({ ...account, role });
  }

  /** Stops someone signing in, and ends every session they have. */
  async disable(manager: EntityManager, actor: Actor, userId: string): Promise<Person> {
    const account = await this.colleague(manager, actor, userId);
    if (account.id === actor.userId) throw new DomainError('CANNOT_DISABLE_SELF', 'You cannot disable your own account: ask another administrator to do it');
    if (account.status === 'DISABLED') return toPerson(account);
    await this.accounts.update(manager, account.id, { status: 'DISABLED' });
    const sessionsEnded = await this.sessions.endAll(manager, account.id, 'ACCOUNT_DISABLED');
    await this.record(manager, actor, 'people.disabled', account.id, { sessionsEnded });
    return toPerson({ ...account, status: 'DISABLED' });
  }

  async enable(manager: EntityManager, actor: Actor, userId: string): Promise<Person> {
    const account = await this.colleague(manager, actor, userId);
    if (account.status === 'ACTIVE') return toPerson(account);
    await this.accounts.update(manager, account.id, { status: 'ACTIVE', failedCodes: 0, codesPausedUntil: null });
    await this.record(manager, actor, 'people.enabled', account.id);
    return toPerson({ ...account, status: 'ACTIVE' });
  }

  /** Someone of the actor's own organisation; anyone else, or no one, is not found. */
  private async colleague(manager: EntityManager, actor: Actor, userId: string): Promise<UserAccount> {
    if (!isUuid(userId)) throw new NotFoundError();
    const account = await this.accounts.inOrganisation(manager, actor.organisationId, userId);
    if (account === null) throw new NotFoundError();
    return account;
  }

  private record(manager: EntityManager, actor: Actor, action: AuditAction, userId: string, detail?: Record<string, unknown>): Promise<string> {
    return this.audit.record(manager, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      action,
      subjectType: 'user',
      subjectId: userId,
      detail,
      ip: actor.ip,
    });
  }
}
