import { verifyAuditTrail } from '@liaise/api-audit';
import { withClient } from '@liaise/api-testing';
import { Browser } from './support/browser.js';
import { demoOrganisation, demoPerson } from './support/demo.js';
import { signedIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

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

describe('the audit trail through the api', () => {
  it('records sign-ins and failed attempts (which stick although the request is refused)', async () => {
    await new Browser(t.url).signIn('liaison.officer@northshire.police.example', 'a wrong password here');
    await signedIn(t.url, 'liaison.officer@northshire.police.example');
    const manager = await signedIn(t.url, 'manager@northshire.police.example');
    const page = await manager.gql<Page>(ENTRIES, { filter: { first: 10 } });
    const actions = page.data?.auditEntries.entries.map((e) => e.action).filter((a) => a.startsWith('auth.sign-in')) ?? [];
    expect(actions.slice(0, 3)).toEqual(['auth.sign-in', 'auth.sign-in', 'auth.sign-in-failed']);
    const failed = page.data?.auditEntries.entries.find((e) => e.action === 'auth.sign-in-failed');
    expect(failed?.detail).toEqual({ reason: 'wrong-password' });
    expect(JSON.stringify(page)).not.toContain('a wrong password here');
  });

  it('filters by action and pages backwards with a cursor', async () => {
    const manager = await signedIn(t.url, 'manager@northshire.police.example');
    const first = await manager.gql<Page>(ENTRIES, { filter: { action: 'auth.sign-in', first: 2 } });
    expect(first.data?.auditEntries.entries).toHaveLength(2);
    expect(first.data?.auditEntries.entries.every((e) => e.action === 'auth.sign-in')).toBe(true);
    const next = await manager.gql<Page>(ENTRIES, { filter: { action: 'auth.sign-in', first: 2, beforeSeq: first.data?.auditEntries.nextBeforeSeq } });
    const seqs = [...(first.data?.auditEntries.entries ?? []), ...(next.data?.auditEntries.entries ?? [])].map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('shows each organisation only its own trail', async () => {
    await signedIn(t.url, 'outreach.worker@harbourlights.example');
    const harbourAdmin = await signedIn(t.url, 'admin@harbourlights.example');
    const northshireManager = await signedIn(t.url, 'manager@northshire.police.example');
    const harbour = (await harbourAdmin.gql<Page>(ENTRIES)).data?.auditEntries.entries ?? [];
    const northshire = (await northshireManager.gql<Page>(ENTRIES)).data?.auditEntries.entries ?? [];
    const harbourActors = new Set(harbour.map((e) => e.actorName));
    expect(harbourActors.has('Sam Rivers')).toBe(true);
    expect(harbourActors.has('PC Lee Oakes')).toBe(false);
    expect(new Set(northshire.map((e) => e.actorName)).has('Sam Rivers')).toBe(false);
  });

  it('names the organisation’s own people whose ids an entry holds, and never a partner’s', async () => {
    const LEE = demoPerson('liaison.officer@northshire.police.example').id;
    const MINA = demoPerson('manager@northshire.police.example').id;
    const SAM = demoPerson('outreach.worker@harbourlights.example').id;
    const WITH_PEOPLE = `query($filter: AuditEntriesFilter) { auditEntries(filter: $filter) { entries { action detail people { id name } } } }`;
    type Named = { auditEntries: { entries: { action: string; detail: Record<string, unknown>; people: { id: string; name: string }[] }[] } };

    // Northshire adds Insp. Mina Shah to PC Lee Oakes, named on its demo operation that is ready to notify partners.
    const officer = await signedIn(t.url, 'liaison.officer@northshire.police.example');
    const operationId = '0e7a71c3-5d2e-4f10-9b6c-000000000002';
    const read = await officer.gql<{ operation: { version: number } }>('query($id: ID!) { operation(id: $id) { version } }', { id: operationId });
    const named = await officer.gql('mutation($id: ID!, $version: Int!, $userIds: [ID!]!) { nameOfficers(id: $id, version: $version, userIds: $userIds) { id } }', {
      id: operationId,
      version: read.data?.operation.version,
      userIds: [LEE, MINA],
    });
    expect(named.errors).toBeUndefined();
    // Harbour Lights' worker accepts its pending demo invitation, naming herself: both trails hold her id.
    const worker = await signedIn(t.url, 'outreach.worker@harbourlights.example');
    const invitationId = '1a7e0c55-2b3d-4c4e-8f5a-000000000303';
    const invitation = await worker.gql<{ invitation: { version: number } }>('query($id: ID!) { invitation(id: $id) { version } }', { id: invitationId });
    const accepted = await worker.gql(
      'mutation($id: ID!, $version: Int!, $attendeeUserIds: [ID!]!) { acceptInvitation(id: $id, version: $version, attendeeUserIds: $attendeeUserIds) { id } }',
      { id: invitationId, version: invitation.data?.invitation.version, attendeeUserIds: [SAM] },
    );
    expect(accepted.errors).toBeUndefined();

    const manager = await signedIn(t.url, 'manager@northshire.police.example');
    const force = async (action: string) => (await manager.gql<Named>(WITH_PEOPLE, { filter: { action, first: 1 } })).data?.auditEntries.entries[0];
    expect(await force('operation.officers-named')).toMatchObject({ detail: { added: [MINA] }, people: [{ id: MINA, name: 'Insp. Mina Shah' }] });
    expect(await force('invitation.accepted')).toMatchObject({ detail: { attendeeUserIds: [SAM] }, people: [] });

    const harbourAdmin = await signedIn(t.url, 'admin@harbourlights.example');
    const partnerEntry = (await harbourAdmin.gql<Named>(WITH_PEOPLE, { filter: { action: 'invitation.accepted', first: 1 } })).data?.auditEntries.entries[0];
    expect(partnerEntry?.people).toEqual([{ id: SAM, name: 'Sam Rivers' }]);
  });

  it('shows a partner’s person on the force’s trail as someone from the partner organisation, never by name', async () => {
    const ACTOR = `query($filter: AuditEntriesFilter) { auditEntries(filter: $filter) { entries { action actorUserId actorName actorFromAnotherOrganisation actorOrganisationName } } }`;
    type Actors = { auditEntries: { entries: { action: string; actorUserId: string | null; actorName: string | null; actorFromAnotherOrganisation: boolean; actorOrganisationName: string | null }[] } };
    // The test before this one: Harbour Lights' outreach worker accepted a Northshire invitation.
    const manager = await signedIn(t.url, 'manager@northshire.police.example');
    const accepted = (await manager.gql<Actors>(ACTOR, { filter: { action: 'invitation.accepted', first: 1 } })).data?.auditEntries.entries[0];
    expect(accepted).toMatchObject({ actorName: null, actorFromAnotherOrganisation: true, actorOrganisationName: 'Harbour Lights Project' });
    // The force's own people by name, with no organisation.
    const named = (await manager.gql<Actors>(ACTOR, { filter: { action: 'operation.officers-named', first: 1 } })).data?.auditEntries.entries[0];
    expect(named).toMatchObject({ actorName: 'PC Lee Oakes', actorFromAnotherOrganisation: false, actorOrganisationName: null });
    // On the partner's own trail, its person is named.
    const harbourAdmin = await signedIn(t.url, 'admin@harbourlights.example');
    const own = (await harbourAdmin.gql<Actors>(ACTOR, { filter: { action: 'invitation.accepted', first: 1 } })).data?.auditEntries.entries[0];
    expect(own).toMatchObject({ actorName: 'Sam Rivers', actorFromAnotherOrganisation: false, actorOrganisationName: null });

    // Only an organisation that acted on the reader's own trail is named: not Westmere to Northshire, nor any to no one.
    const [northshireId, westmereId, harbourId] = ['Northshire Police', 'Westmere Constabulary', 'Harbour Lights Project'].map((name) => demoOrganisation(name).id);
    const names = (organisationId: string | null, ids: string[]) =>
      withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        if (organisationId !== null) await client.query("select set_config('app.org_id', $1, true)", [organisationId]);
        const rows = (await client.query<{ name: string }>('select name from public.audit_actor_organisations($1::uuid[]) order by name', [ids])).rows;
        await client.query('rollback');
        return rows.map((row) => row.name);
      });
    expect(await names(northshireId, [harbourId, westmereId])).toEqual(['Harbour Lights Project']);
    expect(await names(null, [harbourId, westmereId])).toEqual([]);
  });

  it('names operations by reference only for the force that planned them, and partners by name, each under the reader’s access', async () => {
    const WESTMERE_OPERATION = '0e7a71c3-5d2e-4f10-9b6c-000000000010';
    const OPEN_DOOR = demoOrganisation('Open Door Outreach').id;
    const OPEN_DOOR_INVITATION = '1a7e0c55-2b3d-4c4e-8f5a-000000001004';
    const NAMED = `query($filter: AuditEntriesFilter) { auditEntries(filter: $filter) { entries { action subjectType subjectId detail operations { id reference type generalArea } organisations { id name } } } }`;
    type Named = {
      auditEntries: {
        entries: { action: string; subjectId: string; detail: Record<string, unknown>; operations: { id: string; reference: string | null; type: string; generalArea: string }[]; organisations: { id: string; name: string }[] }[];
      };
    };
    // Open Door declines Westmere's demo invitation; Westmere releases the operation's details early.
    const worker = await signedIn(t.url, 'outreach.worker@opendoor.example');
    const invitation = await worker.gql<{ invitation: { version: number } }>('query($id: ID!) { invitation(id: $id) { version } }', { id: OPEN_DOOR_INVITATION });
    const declined = await worker.gql('mutation($id: ID!, $version: Int!) { declineInvitation(id: $id, version: $version, reason: "No worker free") { id } }', {
      id: OPEN_DOOR_INVITATION,
      version: invitation.data?.invitation.version,
    });
    expect(declined.errors).toBeUndefined();
    const officer = await signedIn(t.url, 'liaison.officer@westmere.police.example');
    const operation = await officer.gql<{ operation: { version: number } }>('query($id: ID!) { operation(id: $id) { version } }', { id: WESTMERE_OPERATION });
    const released = await officer.gql('mutation($id: ID!, $version: Int!) { releaseDetailsEarly(id: $id, version: $version, reason: "Briefing moved") { id } }', {
      id: WESTMERE_OPERATION,
      version: operation.data?.operation.version,
    });
    expect(released.errors).toBeUndefined();

    const entry = async (email: string, action: string) =>
      (await (await signedIn(t.url, email)).gql<Named>(NAMED, { filter: { action, first: 1 } })).data?.auditEntries.entries[0];
    const westmereWords = { id: WESTMERE_OPERATION, type: 'WELFARE_VISIT', generalArea: 'Hollin Vale HV4' };
    // The force: its own reference, by the detail's id and by the entry's subject.
    expect(await entry('admin@westmere.police.example', 'invitation.declined')).toMatchObject({
      detail: { operationId: WESTMERE_OPERATION, partnerOrganisationId: OPEN_DOOR },
      operations: [{ ...westmereWords, reference: 'WM-2026-0457' }],
      organisations: [{ id: OPEN_DOOR, name: 'Open Door Outreach' }],
    });
    expect(await entry('admin@westmere.police.example', 'operation.details-released-early')).toMatchObject({
      subjectId: WESTMERE_OPERATION,
      operations: [{ ...westmereWords, reference: 'WM-2026-0457' }],
    });
    // The partner: what it was invited to see, never the force's reference.
    const partner = await entry('admin@opendoor.example', 'invitation.declined');
    expect(partner).toMatchObject({ operations: [{ ...westmereWords, reference: null }], organisations: [{ id: OPEN_DOOR, name: 'Open Door Outreach' }] });
    expect(JSON.stringify(await (await signedIn(t.url, 'admin@opendoor.example')).gql<Named>(NAMED, { filter: { first: 200 } }))).not.toContain('WM-2026-0457');
    // Another force's trail never resolves Westmere's operation, even when an entry holds its id.
    const NORTHSHIRE = demoOrganisation('Northshire Police').id;
    await withClient(t.db.ownerUrl, (c) =>
      c.query(`SELECT public.audit_append($1, NULL, NULL, 'operation.updated', 'operation', $2, $3::jsonb, NULL)`, [
        NORTHSHIRE,
        WESTMERE_OPERATION,
        JSON.stringify({ operationId: WESTMERE_OPERATION, partnerOrganisationId: demoOrganisation('Westmere Constabulary').id }),
      ]),
    );
    const forged = await entry('manager@northshire.police.example', 'operation.updated');
    expect(forged).toMatchObject({ subjectId: WESTMERE_OPERATION, operations: [], organisations: [] });
    const northshire = await (await signedIn(t.url, 'manager@northshire.police.example')).gql<Named>(NAMED, { filter: { first: 200 } });
    expect(northshire.data?.auditEntries.entries.flatMap((e) => e.operations).map((o) => o.id)).not.toContain(WESTMERE_OPERATION);
    expect(JSON.stringify(northshire)).not.toContain('WM-2026-0457');
  });

  it('is not open to roles without audit:read', async () => {
    const worker = await signedIn(t.url, 'outreach.worker@harbourlights.example');
    const refused = await worker.gql<Page>(ENTRIES);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await new Browser(t.url).gql<Page>(ENTRIES);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed filter by naming the problem', async () => {
    const manager = await signedIn(t.url, 'manager@northshire.police.example');
    const result = await manager.gql<Page>(ENTRIES, { filter: { action: 'DROP TABLE', first: 500 } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Action must look like area.event');
    expect(result.errors?.[0]?.message).toContain('Page size must be between 1 and 200');
  });

  it('verifies intact, and names the entry someone altered in the database', async () => {
    const intact = await verifyAuditTrail(t.db.ownerUrl);
    expect(intact.broken).toEqual([]);
    expect(intact.entries).toBeGreaterThan(5);
    const rows = await t.sql<{ id: string; organisation_id: string; seq: string }>(
      "update audit_entry set detail = '{\"reason\":\"nothing to see\"}' where action = 'auth.sign-in-failed' returning id, organisation_id, seq",
    );
    const verification = await verifyAuditTrail(t.db.ownerUrl);
    expect(verification.broken).toEqual([expect.objectContaining({ id: rows[0]?.id, organisationId: rows[0]?.organisation_id, seq: Number(rows[0]?.seq) })]);
  });
});
