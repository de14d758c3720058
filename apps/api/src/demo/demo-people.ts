import type { Role } from '@liaise/shared-domain';
import { DEMO_ORGANISATIONS, PLATFORM_ORGANISATION } from './demo-organisations.js';

/** Every demo account signs in with this password. Demo mode only: printed at start and in the README. */
export const DEMO_PASSWORD = 'liaise-demo-2026';

/**
 * Demo accounts whose role requires two-factor sign-in (police, managers, administrators) come enrolled
 * with this authenticator secret: add it to an authenticator app to sign in as them. Demo mode only.
 */
export const DEMO_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';

export interface DemoPerson {
  readonly id: string;
  readonly organisationId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
}

const [northshire, westmere, harbour, openDoor, safePassage] = DEMO_ORGANISATIONS.map((o) => o.id) as [string, string, string, string, string];

const person = (n: number, organisationId: string, email: string, displayName: string, role: Role): DemoPerson => ({
  id: `5e0d1a2b-3c4d-4e5f-8a9b-${String(n).padStart(12, '0')}`,
  organisationId,
  email,
  displayName,
  role,
});

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person(1, PLATFORM_ORGANISATION.id, 'platform.admin@liaise.example', 'Pat Platform', 'PLATFORM_ADMIN'),
  person(2, northshire, 'liaison.officer@northshire.police.example', 'PC Lee Oakes', 'LIAISON_OFFICER'),
  person(3, northshire, 'manager@northshire.police.example', 'Insp. Mina Shah', 'MANAGER'),
  person(4, northshire, 'admin@northshire.police.example', 'Alex Admin', 'ORGANISATION_ADMIN'),
  person(5, westmere, 'liaison.officer@westmere.police.example', 'PC Jo Kerr', 'LIAISON_OFFICER'),
  person(6, harbour, 'outreach.worker@harbourlights.example', 'Sam Rivers', 'OUTREACH_WORKER'),
  person(7, harbour, 'manager@harbourlights.example', 'Ruth Adeyemi', 'MANAGER'),
  person(8, harbour, 'admin@harbourlights.example', 'Chris Admin', 'ORGANISATION_ADMIN'),
  person(9, openDoor, 'outreach.worker@opendoor.example', 'Ana Popescu', 'OUTREACH_WORKER'),
  person(10, safePassage, 'outreach.worker@safepassage.example', 'Tomasz Nowak', 'OUTREACH_WORKER'),
  // Administrators of the other partner organisations, so both sides of every demo partnership can act.
  person(21, westmere, 'admin@westmere.police.example', 'Morgan Admin', 'ORGANISATION_ADMIN'),
  person(22, openDoor, 'admin@opendoor.example', 'Dee Admin', 'ORGANISATION_ADMIN'),
  person(23, safePassage, 'admin@safepassage.example', 'Kit Admin', 'ORGANISATION_ADMIN'),
];
