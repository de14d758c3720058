import { DomainError } from '@liaise/api-core';
import { ROLES_BY_ORGANISATION_KIND, type AnyOrganisationKind, type Role } from '@liaise/shared-domain';

const ROLE_NAMES: Readonly<Record<Role, string>> = {
  LIAISON_OFFICER: 'liaison officer',
  OUTREACH_WORKER: 'outreach worker',
  MANAGER: 'manager',
  ORGANISATION_ADMIN: 'organisation administrator',
  PLATFORM_ADMIN: 'platform administrator',
};

/** The roles an organisation's administrator may give: those of its kind, never the platform's own. */
export function grantableRoles(kind: AnyOrganisationKind): Role[] {
  return ROLES_BY_ORGANISATION_KIND[kind].filter((role) => role !== 'PLATFORM_ADMIN');
}

/** Refuses a role the organisation's kind does not have, naming the ones it does. */
export function checkGrantable(role: Role, organisation: { kind: AnyOrganisationKind; name: string }): void {
  const allowed = grantableRoles(organisation.kind);
  if (allowed.includes(role)) return;
  const names = allowed.map((r) => ROLE_NAMES[r]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : (names[0] ?? 'nothing');
  throw new DomainError('ROLE_NOT_ALLOWED', `Choose a role people in ${organisation.name} can have: ${list}`, 'role');
}
