import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@liaise/api-core';
import { createTestDatabase, type TestDatabase } from '@liaise/api-testing';
import { effectiveInvitationStatus, INVITATION_STATUSES, type InvitationStatus } from '@liaise/shared-domain';
import { InvitationRepository, type InboxFilter } from './invitation.repository.js';

/**
 * The inbox's SQL against a real PostgreSQL, checked against the rule it must keep: a partner lists its
 * invitations by the status people see (`effectiveInvitationStatus`: PENDING past its respond-by time is
 * EXPIRED, swept or not), newest first. Only the columns the inbox reads are created.
 */
let db: TestDatabase;
let data: DataSource;
const repository = new InvitationRepository();

const now = new Date('2026-07-01T12:00:00Z');
const partner = randomUUID();
const otherPartner = randomUUID();

interface Row {
  readonly id: string;
  readonly partner: string;
  readonly status: InvitationStatus;
  readonly respondBy: Date;
  readonly createdAt: Date;
}

/** Every status, each with a respond-by time past, exactly now and to come; two rows share a created_at. */
const rows: Row[] = INVITATION_STATUSES.flatMap((status, index) =>
  [-60_000, 0, 60_000].map((offset, step) => ({
    id: randomUUID(),
    partner: index === 3 && step === 2 ? otherPartner : partner,
    status,
    respondBy: new Date(now.getTime() + offset),
    createdAt: new Date(Date.UTC(2026, 5, 1, index, step === 2 ? 0 : step)),
  })),
);

beforeAll(async () => {
  db = await createTestDatabase();
  data = new DataSource(dataSourceOptions({ url: db.superuserUrl, entities: [], applicationName: 'liaise-invitation-repository-test', poolSize: 2 }));
  await data.initialize();
  await data.query(`CREATE TYPE invitation_status AS ENUM (${INVITATION_STATUSES.map((status) => `'${status}'`).join(', ')})`);
  await data.query(
    'CREATE TABLE invitation (id uuid PRIMARY KEY, partner_organisation_id uuid NOT NULL, status invitation_status NOT NULL, respond_by timestamptz NOT NULL, created_at timestamptz NOT NULL)',
  );
  for (const row of rows) {
    await data.query('INSERT INTO invitation VALUES ($1, $2, $3, $4, $5)', [row.id, row.partner, row.status, row.respondBy, row.createdAt]);
  }
});

afterAll(async () => {
  await data?.destroy();
  await db?.drop();
});

/** The partner's ids in `statuses` (all when none), newest first, by the rule. */
function expected(statuses: readonly InvitationStatus[]): string[] {
  return rows
    .filter((row) => row.partner === partner && (statuses.length === 0 || statuses.includes(effectiveInvitationStatus(row.status, row.respondBy, now))))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id))
    .map((row) => row.id);
}

/** Every subset of the statuses, the empty one included. */
const subsets: InvitationStatus[][] = Array.from({ length: 2 ** INVITATION_STATUSES.length }, (_, mask) =>
  INVITATION_STATUSES.filter((_status, bit) => (mask & (2 ** bit)) !== 0),
);

describe('InvitationRepository: the inbox', () => {
  it('counts and lists the partner’s invitations in any set of statuses people see, newest first', async () => {
    for (const statuses of subsets) {
      const filter: InboxFilter = { partnerOrganisationId: partner, statuses, now };
      const want = expected(statuses);
      expect({ statuses, count: await repository.inboxCount(data.manager, filter) }).toEqual({ statuses, count: want.length });
      expect({ statuses, ids: await repository.inboxPageIds(data.manager, filter, null, 100) }).toEqual({ statuses, ids: want });
    }
  });

  it('pages after a cursor, breaking ties of created_at by id', async () => {
    const filter: InboxFilter = { partnerOrganisationId: partner, statuses: [], now };
    const seen: string[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const page = await repository.inboxPageIds(data.manager, filter, cursor, 4);
      seen.push(...page);
      const last = page.at(-1);
      if (page.length < 4 || last === undefined) break;
      cursor = { createdAt: (rows.find((row) => row.id === last) as Row).createdAt, id: last };
    }
    expect(seen).toEqual(expected([]));
  });
});
