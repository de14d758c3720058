import { verifyAuditTrail } from '@liaise/api-audit';
import { withClient } from '@liaise/api-testing';
import { DEMO_PASSWORD } from '../src/demo/demo-people.js';
import { Browser, startTestApp, type TestApp } from './support/test-app.js';

const ENTRIES = `query($filter: AuditEntriesFilter) {
  auditEntries(filter: $filter) { entries { seq action actorName subjectType detail } nextBeforeSeq }
}`;

interface Page {
  auditEntries: { entries: { seq: number; action: string; actorName: string | null; subjectType: string | null; detail: Record<string, unknown> }[]; nextBeforeSeq: number | null };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function signedIn(email: string): Promise<Browser> {
  const browser = new Browser(t.url);
  const result = await browser.signIn(email, DEMO_PASSWORD);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return browser;
}

describe('the audit trail through the api', () => {
  it('records sign-ins and failed attempts (which stick although the request is refused)', async () => {
    await new Browser(t.url).signIn('liaison.officer@northshire.police.example', 'a wrong password here');
    await signedIn('liaison.officer@northshire.police.example');
    const manager = await signedIn('manager@northshire.police.example');
    const page = await manager.gql<Page>(ENTRIES, { filter: { first: 10 } });
    const actions = page.data?.auditEntries.entries.map((e) => e.action).filter((a) => a.startsWith('auth.sign-in')) ?? [];
    expect(actions.slice(0, 3)).toEqual(['auth.sign-in', 'auth.sign-in', 'auth.sign-in-failed']);
    const failed = page.data?.auditEntries.entries.find((e) => e.action === 'auth.sign-in-failed');
    expect(failed?.detail).toEqual({ reason: 'wrong-password' });
    expect(JSON.stringify(page)).not.toContain('a wrong password here');
  });

  it('filters by action and pages backwards with a cursor', async () => {
    const manager = await signedIn('manager@northshire.police.example');
    const first = await manager.gql<Page>(ENTRIES, { filter: { action: 'auth.sign-in', first: 2 } });
    expect(first.data?.auditEntries.entries).toHaveLength(2);
    expect(first.data?.auditEntries.entries.every((e) => e.action === 'auth.sign-in')).toBe(true);
    const next = await manager.gql<Page>(ENTRIES, { filter: { action: 'auth.sign-in', first: 2, beforeSeq: first.data?.auditEntries.nextBeforeSeq } });
    const seqs = [...(first.data?.auditEntries.entries ?? []), ...(next.data?.auditEntries.entries ?? [])].map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('shows each organisation only its own trail', async () => {
    await signedIn('outreach.worker@harbourlights.example');
    const harbourAdmin = await signedIn('admin@harbourlights.example');
    const northshireManager = await signedIn('manager@northshire.police.example');
    const harbour = (await harbourAdmin.gql<Page>(ENTRIES)).data?.auditEntries.entries ?? [];
    const northshire = (await northshireManager.gql<Page>(ENTRIES)).data?.auditEntries.entries ?? [];
    const harbourActors = new Set(harbour.map((e) => e.actorName));
    expect(harbourActors.has('Sam Rivers')).toBe(true);
    expect(harbourActors.has('PC Lee Oakes')).toBe(false);
    expect(new Set(northshire.map((e) => e.actorName)).has('Sam Rivers')).toBe(false);
  });

  it('is not open to roles without audit:read', async () => {
    const worker = await signedIn('outreach.worker@harbourlights.example');
    const refused = await worker.gql<Page>(ENTRIES);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await new Browser(t.url).gql<Page>(ENTRIES);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed filter by naming the problem', async () => {
    const manager = await signedIn('manager@northshire.police.example');
    const result = await manager.gql<Page>(ENTRIES, { filter: { action: 'DROP TABLE', first: 500 } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Action must look like area.event');
    expect(result.errors?.[0]?.message).toContain('Page size must be between 1 and 200');
  });

  it('verifies intact, and names the entry someone altered in the database', async () => {
    const intact = await verifyAuditTrail(t.db.ownerUrl);
    expect(intact.broken).toEqual([]);
    expect(intact.entries).toBeGreaterThan(5);
    const { rows } = await withClient(t.db.superuserUrl, (c) =>
      c.query<{ id: string; organisation_id: string; seq: string }>(
        "update audit_entry set detail = '{\"reason\":\"nothing to see\"}' where action = 'auth.sign-in-failed' returning id, organisation_id, seq",
      ),
    );
    const verification = await verifyAuditTrail(t.db.ownerUrl);
    expect(verification.broken).toEqual([expect.objectContaining({ id: rows[0]?.id, organisationId: rows[0]?.organisation_id, seq: Number(rows[0]?.seq) })]);
  });
});
