import argon2 from 'argon2';
import pg from 'pg';
import { ARGON2_OPTIONS } from '@liaise/api-auth';
import { DEMO_ORGANISATIONS, PLATFORM_ORGANISATION } from './demo-organisations.js';
import { loadDemoOperations } from './demo-operations.js';
import { loadPartnershipsAndTraining } from './demo-partnerships.js';
import { requiresTwoFactor } from '@liaise/shared-domain';
import { DEMO_ORGANISATIONS as ORGANISATIONS } from './demo-organisations.js';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TOTP_SECRET } from './demo-people.js';

/**
 * Loads the demo data as the owner. Idempotent: every row has a fixed id and is upserted, so loading
 * twice leaves the same data. Row-level security is forced even for the owner, so each organisation's
 * rows are written with that organisation set as the acting one. Every date is relative to `now`, the
 * api's own clock, so that the demo and the api agree on what is upcoming, due or expired.
 */
export async function loadDemoData(ownerUrl: string, now: Date): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    for (const organisation of [PLATFORM_ORGANISATION, ...DEMO_ORGANISATIONS]) {
      await client.query("select set_config('app.org_id', $1, true)", [organisation.id]);
      await client.query(
        `insert into organisation (id, kind, name, version) values ($1, $2, $3, 1)
         on conflict (id) do update set kind = excluded.kind, name = excluded.name`,
        [organisation.id, organisation.kind, organisation.name],
      );
    }
    const passwordHash = await argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS);
    const kindOf = new Map([PLATFORM_ORGANISATION, ...ORGANISATIONS].map((o) => [o.id, o.kind]));
    for (const person of DEMO_PEOPLE) {
      const kind = kindOf.get(person.organisationId) ?? 'PLATFORM';
      const totpSecret = requiresTwoFactor(person.role, kind) ? DEMO_TOTP_SECRET : null;
      await client.query("select set_config('app.org_id', $1, true)", [person.organisationId]);
      // Password and second factor are set once: a demo user who changed them keeps them across restarts.
      await client.query(
        `insert into user_account (id, organisation_id, email, display_name, role, password_hash, password_changed_at,
                                   totp_secret, totp_enabled_at, version)
         values ($1, $2, $3, $4, $5, $6, $8::timestamptz, $7, case when $7::text is null then null else $8::timestamptz end, 1)
         on conflict (id) do update set organisation_id = excluded.organisation_id, email = excluded.email,
           display_name = excluded.display_name, role = excluded.role`,
        [person.id, person.organisationId, person.email, person.displayName, person.role, passwordHash, totpSecret, now],
      );
    }
    await loadPartnershipsAndTraining(client, now);
    await loadDemoOperations(client, now);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    await client.end();
  }
}
