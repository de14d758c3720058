import { withClient } from '@liaise/api-testing';
import { AuditService, type AuditRecord } from './audit.service.js';
import { canonicalIp, canonicalText, canonicalTimestamp, entryHash, GENESIS_HASH } from './canonical.js';
import { actingFor, createAuditTestDatabase, inTransaction, newId, type AuditTestDatabase } from './testing/audit-test-database.js';
import { formatVerification, verifyAuditTrail, type AuditVerification } from './verify.js';

let db: AuditTestDatabase;
const audit = new AuditService();
const force = newId();
const project = newId();
const agency = newId();

/** Awkward values, so that the SQL and the Node canonical texts are compared where they could differ. */
const awkward: Omit<AuditRecord, 'organisationId' | 'action'>[] = [
  { subjectType: 'operation', subjectId: 'line one\nline two \\N \\n', detail: { é: 'café ☕ 😀', n: 1.5, big: 1e21, small: -0.000001, list: [3, 'x', null] } },
  { actorUserId: newId(), actorOrganisationId: newId(), ip: '2001:db8::1', detail: { nested: { b: 1, a: [{ z: true }] }, '': 'empty key' } },
  { ip: '::ffff:192.0.2.1', detail: { quote: '"\'\\', tab: '\t', nul: '\u0001' } },
  { subjectId: '\\N', ip: '192.0.2.200' },
];

beforeAll(async () => {
  db = await createAuditTestDatabase();
  for (let n = 1; n <= 10; n += 1) {
    await actingFor(db.app, force, (manager) =>
      audit.record(manager, { organisationId: force, action: 'operation.details-disclosed', subjectId: String(n), ...awkward[n % awkward.length] }),
    );
  }
  for (let n = 1; n <= 5; n += 1) {
    await actingFor(db.app, project, (manager) => audit.record(manager, { organisationId: project, action: 'training.record-added', detail: { n } }));
  }
  // A network rather than a host address, which the service would not pass on.
  await withClient(db.appUrl, (client) =>
    inTransaction(client, agency, () =>
      client.query(`SELECT audit_append($1, NULL, NULL, 'network.allowed', NULL, NULL, '{"a": 1.50, "big": 123456789012345678901234567890.000, "b": {"y": [1, "x"], "x": null}}', '10.0.0.0/8') FROM generate_series(1, 3)`, [agency]),
    ),
  );
});
afterAll(() => db.drop());

interface StoredEntry {
  id: string;
  seq: string;
}

async function entry(organisationId: string, seq: number): Promise<StoredEntry> {
  return withClient(db.superuserUrl, async (client) => {
    const { rows } = await client.query<StoredEntry>('SELECT id, seq FROM audit_entry WHERE organisation_id = $1 AND seq = $2', [organisationId, seq]);
    const [row] = rows;
    if (row === undefined) throw new Error(`no entry #${seq}`);
    return row;
  });
}

/**
 * Tampers with the trail as the superuser, runs the verifier, and puts the trail back as it was (the
 * table's rows restored from a copy), so each test starts from an intact trail.
 */
async function verifyTampered(tamper: string, params: unknown[]): Promise<AuditVerification> {
  await withClient(db.superuserUrl, async (client) => {
    await client.query('DROP TABLE IF EXISTS audit_entry_backup');
    await client.query('CREATE TABLE audit_entry_backup AS SELECT * FROM audit_entry');
    await client.query(tamper, params);
  });
  try {
    return await verifyAuditTrail(db.ownerUrl);
  } finally {
    await withClient(db.superuserUrl, async (client) => {
      await client.query('BEGIN');
      await client.query('DELETE FROM audit_entry');
      await client.query('INSERT INTO audit_entry SELECT * FROM audit_entry_backup');
      await client.query('DROP TABLE audit_entry_backup');
      await client.query('COMMIT');
    });
  }
}

describe('verifyAuditTrail', () => {
  it('finds an intact trail intact, reading in batches across organisations', async () => {
    const expected = { organisations: 3, entries: 18, broken: [] };
    expect(await verifyAuditTrail(db.ownerUrl)).toEqual(expected);
    expect(await verifyAuditTrail(db.ownerUrl, { batchSize: 4 })).toEqual(expected);
    expect(formatVerification(expected)).toEqual(['Audit trail intact: 3 organisations, 18 entries']);
  });

  it('names the entry whose detail was changed', async () => {
    const changed = await entry(force, 7);
    const result = await verifyTampered(`UPDATE audit_entry SET detail = '{"n": 2}' WHERE id = $1`, [changed.id]);
    expect(result).toEqual({
      organisations: 3,
      entries: 18,
      broken: [{ organisationId: force, seq: 7, id: changed.id, problem: 'hash does not match its contents' }],
    });
    expect(formatVerification(result)).toEqual([
      'Audit trail BROKEN in 1 organisation (checked 3 organisations, 18 entries)',
      `BROKEN: organisation ${force} entry #7 (id ${changed.id}): hash does not match its contents`,
    ]);
  });

  it('names the entry whose action was changed', async () => {
    const changed = await entry(project, 2);
    const result = await verifyTampered(`UPDATE audit_entry SET action = 'support.withdrawn' WHERE id = $1`, [changed.id]);
    expect(result.broken).toEqual([{ organisationId: project, seq: 2, id: changed.id, problem: 'hash does not match its contents' }]);
  });

  it('notices a timestamp moved by one microsecond', async () => {
    const changed = await entry(agency, 3);
    const result = await verifyTampered(`UPDATE audit_entry SET occurred_at = occurred_at + interval '1 microsecond' WHERE id = $1`, [changed.id]);
    expect(result.broken).toEqual([{ organisationId: agency, seq: 3, id: changed.id, problem: 'hash does not match its contents' }]);
  });

  it('names the gap where a middle entry was deleted', async () => {
    const deleted = await entry(force, 5);
    const next = await entry(force, 6);
    const result = await verifyTampered('DELETE FROM audit_entry WHERE id = $1', [deleted.id]);
    expect(result).toEqual({
      organisations: 3,
      entries: 17,
      broken: [{ organisationId: force, seq: 6, id: next.id, problem: 'entry #5 is missing: #6 follows #4' }],
    });
  });

  it('names the gap where the first entries were deleted', async () => {
    const next = await entry(project, 3);
    const result = await verifyTampered('DELETE FROM audit_entry WHERE organisation_id = $1 AND seq < 3', [project]);
    expect(result.broken).toEqual([{ organisationId: project, seq: 3, id: next.id, problem: 'entries #1 to #2 are missing: the chain starts at #3' }]);
  });

  it('names the next entry when a changed entry was given a matching hash', async () => {
    const changed = await entry(force, 7);
    const next = await entry(force, 8);
    const forged = await withClient(db.superuserUrl, async (client) => {
      await client.query(`SET TIME ZONE 'UTC'`);
      const { rows } = await client.query(
        `SELECT prev_hash, id, organisation_id, seq::text, occurred_at::text, actor_user_id, actor_organisation_id, action,
                subject_type, subject_id, ip::text FROM audit_entry WHERE id = $1`,
        [changed.id],
      );
      const row = rows[0];
      return entryHash({
        prevHash: row.prev_hash,
        id: row.id,
        organisationId: row.organisation_id,
        seq: row.seq,
        occurredAt: canonicalTimestamp(row.occurred_at) ?? '',
        actorUserId: row.actor_user_id,
        actorOrganisationId: row.actor_organisation_id,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        detail: '{"forged": true}',
        ip: row.ip,
      });
    });
    const result = await verifyTampered(`UPDATE audit_entry SET detail = '{"forged": true}', hash = $2 WHERE id = $1`, [changed.id, forged]);
    expect(result.broken).toEqual([{ organisationId: force, seq: 8, id: next.id, problem: 'prev_hash does not match the hash of entry #7' }]);
  });

  it('reports the first broken entry of every broken chain', async () => {
    const first = await entry(force, 2);
    const second = await entry(agency, 1);
    const result = await verifyTampered(`UPDATE audit_entry SET subject_type = 'changed' WHERE id IN ($1, $2) OR (organisation_id = $3 AND seq > 2)`, [
      first.id,
      second.id,
      force,
    ]);
    expect(result.broken).toEqual(
      [
        { organisationId: force, seq: 2, id: first.id, problem: 'hash does not match its contents' },
        { organisationId: agency, seq: 1, id: second.id, problem: 'hash does not match its contents' },
      ].sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
    );
    expect(formatVerification(result)[0]).toBe('Audit trail BROKEN in 2 organisations (checked 3 organisations, 18 entries)');
  });

  it('finds an empty trail intact', async () => {
    const empty = await createAuditTestDatabase();
    try {
      const result = await verifyAuditTrail(empty.ownerUrl);
      expect(result).toEqual({ organisations: 0, entries: 0, broken: [] });
      expect(formatVerification({ organisations: 1, entries: 1, broken: [] })).toEqual(['Audit trail intact: 1 organisation, 1 entry']);
    } finally {
      await empty.drop();
    }
  });
});

describe('the canonical text', () => {
  it('is the same built in SQL as in Node, for every stored entry', async () => {
    const rows = await withClient(db.ownerUrl, async (client) => {
      await client.query(`SET TIME ZONE 'UTC'`);
      const { rows } = await client.query(
        `SELECT audit_canonical_text(prev_hash, id, organisation_id, seq, occurred_at, actor_user_id, actor_organisation_id,
                                     action, subject_type, subject_id, detail, ip) AS sql_text,
                prev_hash, id, organisation_id, seq::text, occurred_at::text, actor_user_id, actor_organisation_id, action,
                subject_type, subject_id, detail::text, ip::text AS ip, host(ip) AS host, hash
           FROM audit_entry ORDER BY organisation_id, seq`,
      );
      return rows;
    });
    expect(rows).toHaveLength(18);
    for (const row of rows) {
      const fields = {
        prevHash: row.prev_hash,
        id: row.id,
        organisationId: row.organisation_id,
        seq: row.seq,
        occurredAt: canonicalTimestamp(row.occurred_at) ?? 'unreadable',
        actorUserId: row.actor_user_id,
        actorOrganisationId: row.actor_organisation_id,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        detail: row.detail,
        // ip::text always carries the prefix length.
        ip: row.ip,
      };
      expect(canonicalText(fields)).toBe(row.sql_text);
      expect(entryHash(fields)).toBe(row.hash);
      expect(canonicalIp(row.host)).toBe(row.host === null ? null : row.host.includes(':') ? `${row.host}/128` : `${row.host}/32`);
    }
  });

  it('is unambiguous: line feeds, backslashes and NULL cannot be confused', () => {
    const base = {
      prevHash: GENESIS_HASH,
      id: newId(),
      organisationId: newId(),
      seq: '1',
      occurredAt: '2025-01-01T00:00:00.000000Z',
      actorUserId: null,
      actorOrganisationId: null,
      action: 'test.event',
      subjectType: null,
      subjectId: null,
      detail: '{}',
      ip: null,
    };
    const texts = [
      canonicalText({ ...base, subjectType: 'a\nb', subjectId: null }),
      canonicalText({ ...base, subjectType: 'a', subjectId: 'b' }),
      canonicalText({ ...base, subjectId: '\\N' }),
      canonicalText({ ...base, subjectId: null }),
      canonicalText({ ...base, subjectId: '' }),
      canonicalText({ ...base, subjectId: '\\n' }),
      canonicalText({ ...base, subjectId: '\n' }),
    ];
    expect(new Set(texts).size).toBe(texts.length);
    expect(canonicalText(base).split('\n')).toHaveLength(13);
  });

  it('reads PostgreSQL timestamps to microseconds', () => {
    expect(canonicalTimestamp('2025-11-28 03:01:02.1234+00')).toBe('2025-11-28T03:01:02.123400Z');
    expect(canonicalTimestamp('2025-11-28 03:01:02+00')).toBe('2025-11-28T03:01:02.000000Z');
    expect(canonicalTimestamp('2025-11-28 04:01:02+01')).toBeUndefined();
  });
});
