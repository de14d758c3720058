import type pg from 'pg';
import { SEEDED_COURSE_IDS } from '@liaise/api-training';
import { addDays, addMonths, ukDate } from '@liaise/shared-domain';
import { DEMO_ORGANISATIONS } from './demo-organisations.js';

const [northshire, westmere, harbour, openDoor, safePassage] = DEMO_ORGANISATIONS.map((o) => o.id) as [string, string, string, string, string];
const personId = (n: number) => `5e0d1a2b-3c4d-4e5f-8a9b-${String(n).padStart(12, '0')}`;
const ADMINS: Readonly<Record<string, string>> = {
  [northshire]: personId(4),
  [westmere]: personId(21),
  [harbour]: personId(8),
  [openDoor]: personId(22),
  [safePassage]: personId(23),
};

interface Profile {
  readonly areasServed: readonly string[];
  readonly contactEmail: string;
  readonly contactPhone: string;
  readonly languagesOffered: readonly string[];
}

/** What each demo organisation says about itself (phone numbers from Ofcom's range for drama). */
export const DEMO_PROFILES: Readonly<Record<string, Profile>> = {
  [northshire]: {
    areasServed: ['Northshire', 'Port Allen', 'Kingsbridge'],
    contactEmail: 'msht.liaison@northshire.police.example',
    contactPhone: '01632 960 100',
    languagesOffered: ['English', 'Polish', 'Romanian'],
  },
  [westmere]: {
    areasServed: ['Westmere', 'Hollin Vale'],
    contactEmail: 'partnerships@westmere.police.example',
    contactPhone: '01632 960 200',
    languagesOffered: ['English', 'Welsh'],
  },
  [harbour]: {
    areasServed: ['Port Allen', 'Kingsbridge', 'Hollin Vale'],
    contactEmail: 'hello@harbourlights.example',
    contactPhone: '01632 960 300',
    languagesOffered: ['English', 'Romanian', 'Bulgarian', 'Thai'],
  },
  [openDoor]: {
    areasServed: ['Westmere', 'Northshire'],
    contactEmail: 'team@opendoor.example',
    contactPhone: '01632 960 400',
    languagesOffered: ['English', 'Portuguese', 'Spanish'],
  },
  [safePassage]: {
    areasServed: ['Northshire', 'Westmere'],
    contactEmail: 'referrals@safepassage.example',
    contactPhone: '01632 960 500',
    languagesOffered: ['English', 'Vietnamese', 'Mandarin', 'Albanian', 'Hungarian'],
  },
};

interface DemoPartnership {
  readonly id: string;
  readonly force: string;
  readonly project: string;
  readonly status: 'ACTIVE' | 'PROPOSED';
  readonly legalBasis: 'STATUTORY_CDA_1998_S115' | 'COMMON_LAW_PUBLIC_INTEREST' | 'CONSENT';
  readonly reference: string;
  /** Days before the load the agreement was signed, and after it that it is reviewed. */
  readonly signedDaysAgo: number;
  readonly reviewInDays: number;
}

const partnershipId = (n: number) => `a9e1c0de-5a7e-4b1d-9c2e-${String(n).padStart(12, '0')}`;

/** Each force is in two active partnerships; Northshire has proposed a third, waiting for Open Door. */
export const DEMO_PARTNERSHIPS: readonly DemoPartnership[] = [
  { id: partnershipId(1), force: northshire, project: harbour, status: 'ACTIVE', legalBasis: 'STATUTORY_CDA_1998_S115', reference: 'NSP-ISA-2025-014', signedDaysAgo: 210, reviewInDays: 155 },
  { id: partnershipId(2), force: northshire, project: safePassage, status: 'ACTIVE', legalBasis: 'COMMON_LAW_PUBLIC_INTEREST', reference: 'NSP-ISA-2025-022', signedDaysAgo: 120, reviewInDays: 245 },
  { id: partnershipId(3), force: westmere, project: openDoor, status: 'ACTIVE', legalBasis: 'STATUTORY_CDA_1998_S115', reference: 'WC/ISA/0419', signedDaysAgo: 300, reviewInDays: 65 },
  { id: partnershipId(4), force: westmere, project: harbour, status: 'ACTIVE', legalBasis: 'CONSENT', reference: 'WC/ISA/0431', signedDaysAgo: 90, reviewInDays: 275 },
  { id: partnershipId(5), force: northshire, project: openDoor, status: 'PROPOSED', legalBasis: 'STATUTORY_CDA_1998_S115', reference: 'NSP-ISA-2026-003', signedDaysAgo: 3, reviewInDays: 362 },
];

interface DemoTraining {
  readonly n: number;
  readonly person: number;
  readonly course: string;
  readonly provider: string;
  /** Days from the load to the expiry (negative: already expired). */
  readonly expiresInDays: number;
  readonly validityMonths: number;
}

const trainingId = (n: number) => `7a1e0000-0d0e-4c0a-8b0c-${String(n).padStart(12, '0')}`;
const C = SEEDED_COURSE_IDS;

/** Current, expiring (within 30 days) and expired training among the demo people. */
export const DEMO_TRAINING: readonly DemoTraining[] = [
  { n: 1, person: 2, course: C.collegeOfPolicingMshtFrontline, provider: 'College of Policing', expiresInDays: 700, validityMonths: 36 },
  { n: 2, person: 2, course: C.safeguarding, provider: 'Northshire Police learning and development', expiresInDays: 400, validityMonths: 36 },
  { n: 3, person: 3, course: C.collegeOfPolicingMshtFrontline, provider: 'College of Policing', expiresInDays: 20, validityMonths: 36 },
  { n: 4, person: 4, course: C.localMshtAwarenessTier1, provider: 'Northshire MSHT partnership', expiresInDays: -35, validityMonths: 12 },
  { n: 5, person: 5, course: C.homeOfficeFirstResponder, provider: 'Home Office', expiresInDays: 300, validityMonths: 24 },
  { n: 6, person: 6, course: C.localMshtAwarenessTier2, provider: 'Harbour Lights Project', expiresInDays: 500, validityMonths: 24 },
  { n: 7, person: 6, course: C.safeguarding, provider: 'Harbour Lights Project', expiresInDays: 800, validityMonths: 36 },
  { n: 8, person: 7, course: C.localMshtAwarenessTier1, provider: 'Northshire MSHT partnership', expiresInDays: 12, validityMonths: 12 },
  { n: 9, person: 9, course: C.localMshtAwarenessTier1, provider: 'Westmere safeguarding board', expiresInDays: -10, validityMonths: 12 },
  { n: 10, person: 10, course: C.homeOfficeFirstResponder, provider: 'Home Office', expiresInDays: 450, validityMonths: 24 },
];

/**
 * Organisation profiles, partnerships and training records, inside the demo loader's transaction (as the
 * owner, each row written with its organisation acting). Dates are relative to `now`, so the expiring and
 * expired examples stay so. A partnership is written once and then left as people change it.
 */
export async function loadPartnershipsAndTraining(client: pg.Client, now: Date): Promise<void> {
  const today = ukDate(now);
  for (const [organisationId, profile] of Object.entries(DEMO_PROFILES)) {
    await client.query("select set_config('app.org_id', $1, true)", [organisationId]);
    await client.query(
      `update organisation set areas_served = $2, contact_email = $3, contact_phone = $4, languages_offered = $5 where id = $1`,
      [organisationId, profile.areasServed, profile.contactEmail, profile.contactPhone, profile.languagesOffered],
    );
  }
  for (const p of DEMO_PARTNERSHIPS) {
    await client.query("select set_config('app.org_id', $1, true)", [p.force]);
    const signedOn = addDays(today, -p.signedDaysAgo);
    const accepted = p.status === 'ACTIVE';
    await client.query(
      `insert into partnership (id, force_organisation_id, project_organisation_id, status, legal_basis, agreement_reference,
                                signed_on, review_on, proposed_by_user_id, proposed_at, responded_by_user_id, responded_at,
                                status_changed_at, status_changed_by_user_id, status_changed_by_organisation_id, version)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 1)
       on conflict do nothing`,
      [
        p.id,
        p.force,
        p.project,
        p.status,
        p.legalBasis,
        p.reference,
        signedOn,
        addDays(today, p.reviewInDays),
        ADMINS[p.force],
        new Date(`${signedOn}T10:00:00Z`),
        accepted ? ADMINS[p.project] : null,
        accepted ? new Date(`${addDays(signedOn, 2)}T10:00:00Z`) : null,
        new Date(`${accepted ? addDays(signedOn, 2) : signedOn}T10:00:00Z`),
        accepted ? ADMINS[p.project] : ADMINS[p.force],
        accepted ? p.project : p.force,
      ],
    );
  }
  const organisationOf = new Map<number, string>([
    [2, northshire],
    [3, northshire],
    [4, northshire],
    [5, westmere],
    [6, harbour],
    [7, harbour],
    [9, openDoor],
    [10, safePassage],
  ]);
  for (const t of DEMO_TRAINING) {
    const organisationId = organisationOf.get(t.person);
    if (organisationId === undefined) throw new Error(`demo training ${t.n}: no organisation for person ${t.person}`);
    await client.query("select set_config('app.org_id', $1, true)", [organisationId]);
    const expiresOn = addDays(today, t.expiresInDays);
    await client.query(
      `insert into training_record (id, organisation_id, user_id, course_id, provider, completed_on, expires_on, note,
                                    recorded_by_user_id, version)
       values ($1, $2, $3, $4, $5, $6, $7, null, $3, 1)
       on conflict (id) do update set course_id = excluded.course_id, provider = excluded.provider,
         completed_on = excluded.completed_on, expires_on = excluded.expires_on`,
      [trainingId(t.n), organisationId, personId(t.person), t.course, t.provider, addMonths(expiresOn, -t.validityMonths), expiresOn],
    );
  }
}
