import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { announceSessionChange, DomainError, NotFoundError, type RequestAuth } from '@liaise/api-core';
import { isUuid, type OrganisationKind } from '@liaise/shared-domain';
import type { Organisation, OrganisationStatus } from './organisation.entity.js';
import { type OrganisationProfile, OrganisationRepository } from './organisation.repository.js';
import type { CreateOrganisationInput, OrganisationProfileInput, UpdateMyOrganisationInput } from './organisation.inputs.js';
import type { OrganisationDirectoryEntry, PlatformOrganisation } from './organisation.types.js';

/** Blank entries dropped, repeats (ignoring case) kept once, in the order given. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
}

function profileOf(input: OrganisationProfileInput): OrganisationProfile {
  return {
    name: input.name.trim(),
    areasServed: distinct(input.areasServed),
    contactEmail: input.contactEmail?.trim().toLowerCase() || null,
    contactPhone: input.contactPhone?.trim() || null,
    languagesOffered: distinct(input.languagesOffered),
  };
}

/**
 * Organisations: an organisation's own profile (its row, under row-level security), the partner directory
 * (other organisations' directory columns, through a SECURITY DEFINER function) and what the platform
 * administrator does (through SECURITY DEFINER functions that check the acting organisation is the platform).
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditService,
  ) {}

  /** The acting organisation's own row. */
  async mine(manager: EntityManager, organisationId: string): Promise<Organisation> {
    const organisation = await this.organisations.byId(manager, organisationId);
    if (organisation === null) throw new NotFoundError();
    return organisation;
  }

  async updateMine(manager: EntityManager, auth: RequestAuth, input: UpdateMyOrganisationInput): Promise<Organisation> {
    const before = await this.mine(manager, auth.organisationId);
    const profile = profileOf(input);
    if (!(await this.organisations.changeProfile(manager, auth.organisationId, input.version, profile))) {
      throw new DomainError('STALE', 'Someone else changed the organisation while you were editing it. Check the details and make your changes again.');
    }
    const changed = (Object.keys(profile) as (keyof OrganisationProfile)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(profile[key]),
    );
    await this.audit.record(manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: auth.organisationId,
      detail: { changed },
    });
    return this.mine(manager, auth.organisationId);
  }

  /**
   * Organisations the acting one may propose a partnership with or be proposed to by: active ones of the
   * other side (forces see projects and agencies; they see forces). Directory columns only.
   */
  async directory(manager: EntityManager): Promise<OrganisationDirectoryEntry[]> {
    return this.organisations.directory(manager);
  }

  /** One directory entry, or undefined when the acting organisation may not work with it (or it does not exist). */
  async directoryEntry(manager: EntityManager, id: string): Promise<OrganisationDirectoryEntry | undefined> {
    if (!isUuid(id)) return undefined;
    return (await this.directory(manager)).find((entry) => entry.id === id);
  }

  async listForPlatform(manager: EntityManager): Promise<PlatformOrganisation[]> {
    return this.organisations.platformList(manager);
  }

  async create(manager: EntityManager, auth: RequestAuth, input: CreateOrganisationInput, id: string): Promise<PlatformOrganisation> {
    const profile = profileOf(input);
    const kind: OrganisationKind = input.kind;
    const existing = await this.listForPlatform(manager);
    if (existing.some((organisation) => organisation.name.toLowerCase() === profile.name.toLowerCase())) {
      throw new DomainError('DUPLICATE_NAME', `An organisation called ${profile.name} already exists`, 'name', { name: profile.name });
    }
    await this.organisations.platformCreate(manager, id, kind, profile);
    const created = (await this.listForPlatform(manager)).find((organisation) => organisation.id === id);
    if (created === undefined) throw new Error('The new organisation could not be read back');
    for (const trail of [auth.organisationId, id]) {
      await this.audit.record(manager, {
        organisationId: trail,
        actorUserId: auth.userId,
        actorOrganisationId: auth.organisationId,
        action: 'organisation.created',
        subjectType: 'organisation',
        subjectId: id,
        detail: { kind, name: profile.name },
      });
    }
    return created;
  }

  async setStatus(manager: EntityManager, auth: RequestAuth, id: string, status: OrganisationStatus): Promise<PlatformOrganisation> {
    const current = isUuid(id) ? (await this.listForPlatform(manager)).find((organisation) => organisation.id === id) : undefined;
    if (current === undefined || current.kind === 'PLATFORM') throw new NotFoundError();
    if (current.status === status) {
      throw new DomainError(
        'ALREADY_DONE',
        status === 'SUSPENDED' ? `${current.name} is already suspended` : `${current.name} is already active`,
      );
    }
    const changed = await this.organisations.platformSetStatus(manager, id, status);
    if (changed === undefined) throw new NotFoundError();
    // Its people's sessions stop holding; their live sockets close on every api instance.
    if (status === 'SUSPENDED') await announceSessionChange(manager, { organisationId: id });
    const action = status === 'SUSPENDED' ? 'organisation.suspended' : 'organisation.reactivated';
    for (const trail of [auth.organisationId, id]) {
      await this.audit.record(manager, {
        organisationId: trail,
        actorUserId: auth.userId,
        actorOrganisationId: auth.organisationId,
        action,
        subjectType: 'organisation',
        subjectId: id,
      });
    }
    return changed;
  }
}
