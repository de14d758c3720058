import type { AnyOrganisationKind } from './service.js';

/** What a person does in Liaise. A user has one role, in one organisation. */
export const ROLES = [
  'LIAISON_OFFICER',
  'OUTREACH_WORKER',
  'MANAGER',
  'ORGANISATION_ADMIN',
  'PLATFORM_ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every permission a query or mutation can declare. Named `area:action`; the api refuses to start a
 * resolver that declares none (see the access layer in libs/api/auth).
 */
export const PERMISSIONS = [
  'account:read',
  'account:update',
  'organisation:read',
  'organisation:create',
  'organisation:manage',
  'people:read',
  'people:manage',
  'training:read-own',
  'training:manage-own',
  'training:manage-people',
  'training:read-people',
  'partnership:read',
  'partnership:propose',
  'partnership:respond',
  'partnership:manage',
  'audit:read',
  'operation:read',
  'operation:manage',
  'operation:checklist-items',
  'invitation:read',
  'invitation:respond',
  'notification:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyoneSignedIn: Permission[] = [
  'account:read',
  'account:update',
  'organisation:read',
  'training:read-own',
  'training:manage-own',
  'partnership:read',
  'notification:read',
];

/** The one table that says what each role may do. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  // Roles exist per kind of organisation (below): a liaison officer is always in a force, an outreach worker
  // never is, so operation permissions act for a force and invitation permissions for a partner.
  LIAISON_OFFICER: [...everyoneSignedIn, 'operation:read', 'operation:manage', 'invitation:read'],
  OUTREACH_WORKER: [...everyoneSignedIn, 'invitation:read', 'invitation:respond'],
  MANAGER: [...everyoneSignedIn, 'people:read', 'training:read-people', 'audit:read', 'operation:read', 'invitation:read', 'invitation:respond'],
  ORGANISATION_ADMIN: [
    ...everyoneSignedIn,
    'organisation:manage',
    'people:read',
    'people:manage',
    'training:read-people',
    'training:manage-people',
    'partnership:propose',
    'partnership:respond',
    'partnership:manage',
    'audit:read',
    'operation:read',
    'operation:checklist-items',
    'invitation:read',
  ],
  // The platform administrator sets organisations up and reads none of their operational data.
  PLATFORM_ADMIN: ['account:read', 'account:update', 'organisation:create'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Which roles each kind of organisation has; the platform administrator belongs to no partner organisation. */
export const ROLES_BY_ORGANISATION_KIND: Readonly<Record<AnyOrganisationKind, readonly Role[]>> = {
  POLICE_FORCE: ['LIAISON_OFFICER', 'MANAGER', 'ORGANISATION_ADMIN'],
  SEX_WORK_PROJECT: ['OUTREACH_WORKER', 'MANAGER', 'ORGANISATION_ADMIN'],
  MSHT_PROJECT: ['OUTREACH_WORKER', 'MANAGER', 'ORGANISATION_ADMIN'],
  OTHER_AGENCY: ['OUTREACH_WORKER', 'MANAGER', 'ORGANISATION_ADMIN'],
  PLATFORM: ['PLATFORM_ADMIN'],
};

/** Two-factor sign-in is required for these: police users and managers (DESIGN.md, Identity). */
export function requiresTwoFactor(role: Role, kind: AnyOrganisationKind): boolean {
  return kind === 'POLICE_FORCE' || role === 'MANAGER' || role === 'PLATFORM_ADMIN' || role === 'ORGANISATION_ADMIN';
}
