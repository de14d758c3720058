import { randomUUID } from 'node:crypto';
import { DataSource, type QueryRunner } from 'typeorm';
import { OperationsService } from '@liaise/api-operations';
import { withClient } from '@liaise/api-testing';
import { BUILT_IN_CHECKLIST_ITEMS, OPERATION_ACTIONS, OPERATION_STATES, ukDate, type OperationAction, type OperationState } from '@liaise/shared-domain';
import { DEMO_ORGANISATION_IDS } from './support/demo.js';
import { errorCode, type GqlError, type GqlResult } from './support/graphql.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const { northshire, westmere, harbour } = DEMO_ORGANISATION_IDS;

const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const NORTHSHIRE_SECOND_OFFICER = 'second.officer@northshire.police.example';
const NORTHSHIRE_MANAGER = 'manager@northshire.police.example';
const NORTHSHIRE_ADMIN = 'admin@northshire.police.example';
const WESTMERE_OFFICER = 'liaison.officer@westmere.police.example';
const WESTMERE_ADMIN = 'admin@westmere.police.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const HARBOUR_ADMIN = 'admin@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const FIELDS = `id reference type state plannedStart expectedDurationMinutes generalArea addresses briefingPoint expectedPeople expectedLanguages
  dependentsExpected dependentsArrangements mediaDecision mediaReason safeguardingLeadName safeguardingLeadRole officersAttending
  femaleOfficersAttending noFemaleOfficersReason interpreterArranged proportionalityStatement intelligenceReference partnershipPlanId
  disclosureAt releasedEarlyAt releaseReason officersAttended version createdAt updatedAt availableActions checklistComplete
  namedOfficers { userId name mshtTrainingCurrent attended }
  checklist { key title hint answer reason answeredByName answeredAt }
  transitions { action fromState toState reason byName at }`;
const CREATE = `mutation($input: OperationDetailsInput!) { createOperation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: OperationDetailsInput!) { updateOperation(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { operation(id: $id) { ${FIELDS} } }`;
const LIST = `query($filter: OperationsFilter, $first: Int, $after: String) {
  operations(filter: $filter, first: $first, after: $after) { items { id reference plannedStart state } nextCursor totalCount } }`;
const ANSWER = `mutation($id: ID!, $version: Int!, $answers: [ChecklistAnswerInput!]!) { answerChecklist(id: $id, version: $version, answers: $answers) { ${FIELDS} } }`;
const TRANSITION = `mutation($id: ID!, $version: Int!, $action: OperationAction!, $reason: String) {
  transitionOperation(id: $id, version: $version, action: $action, reason: $reason) { ${FIELDS} } }`;
const RELEASE = `mutation($id: ID!, $version: Int!, $reason: String!) { releaseDetailsEarly(id: $id, version: $version, reason: $reason) { ${FIELDS} } }`;
const ATTENDANCE = `mutation($id: ID!, $version: Int!, $n: Int!, $named: [ID!]) {
  recordForceAttendance(id: $id, version: $version, officersAttended: $n, attendedOfficerIds: $named) { ${FIELDS} } }`;
const NAME_OFFICERS = `mutation($id: ID!, $version: Int!, $userIds: [ID!]!) { nameOfficers(id: $id, version: $version, userIds: $userIds) { ${FIELDS} } }`;
const OFFICER_CHOICES = '{ officerChoices { userId name mshtTrainingCurrent } }';
const DEFINITIONS = '{ checklistItemDefinitions { key title hint builtIn } }';
const ADD_DEFINITION = 'mutation($title: String!, $hint: String!) { addChecklistItemDefinition(title: $title, hint: $hint) { key title hint builtIn } }';
const RETIRE_DEFINITION = 'mutation($key: String!) { retireChecklistItemDefinition(key: $key) { key title hint builtIn } }';

interface ChecklistItemView {
  key: string;
  title: string;
  hint: string;
  answer: string | null;
  reason: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
}
interface OperationView {
  id: string;
  reference: string;
  state: OperationState;
  plannedStart: string;
  disclosureAt: string;
  releasedEarlyAt: string | null;
  releaseReason: string | null;
  officersAttended: number | null;
  intelligenceReference: string | null;
  version: number;
  availableActions: OperationAction[];
  checklistComplete: boolean;
  checklist: ChecklistItemView[];
  transitions: { action: string; fromState: string; toState: string; reason: string | null; byName: string | null; at: string }[];
  [key: string]: unknown;
}

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  // A second liaison officer of Northshire, for two people editing at once.
  await t.sql(
    `insert into user_account
       select (jsonb_populate_record(null::user_account, to_jsonb(u) || jsonb_build_object('id', $1::uuid, 'email', $2::text, 'display_name', 'PC Ray Second'))).*
         from user_account u where email = $3`,
    [randomUUID(), NORTHSHIRE_SECOND_OFFICER, NORTHSHIRE_OFFICER],
  );
});
afterAll(() => t.close());

const people = new SignedInPeople(() => t);

const row = async (id: string) => (await t.sql<{ row: Record<string, unknown> }>('select to_jsonb(o) as row from operation o where id = $1', [id]))[0]?.row;
/** Everything stored about one operation: the row, its answers and its history. */
const stored = async (id: string) => ({
  operation: await row(id),
  answers: await t.sql('select * from operation_checklist_answer where operation_id = $1 order by position', [id]),
  transitions: await t.sql('select * from operation_transition where operation_id = $1 order by at', [id]),
});
const auditActions = async (id: string) =>
  (await t.sql<{ action: string }>("select action from audit_entry where subject_type = 'operation' and subject_id = $1 order by seq", [id])).map((r) => r.action);

/** Details that pass, starting ten days from the test clock's now. */
function details(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    reference: 'NS-OP-TEST-001',
    type: 'PREMISES_VISIT',
    plannedStart: new Date(t.clock.now().getTime() + 10 * DAY).toISOString(),
    expectedDurationMinutes: 180,
    generalArea: 'Port Allen PA2',
    addresses: ['Flat 1, 3 Harbour Road, Port Allen PA2 7XY'],
    briefingPoint: 'Port Allen police station, rear yard',
    expectedPeople: 4,
    expectedLanguages: ['Romanian', 'Thai'],
    dependentsExpected: false,
    dependentsArrangements: null,
    mediaDecision: 'NO_MEDIA',
    mediaReason: null,
    safeguardingLeadName: 'DS Erin Walsh',
    safeguardingLeadRole: 'Detective Sergeant, safeguarding',
    officersAttending: 6,
    femaleOfficersAttending: 2,
    noFemaleOfficersReason: null,
    interpreterArranged: true,
    proportionalityStatement: 'Reports suggest people may be working under control; the visit checks on their welfare first.',
    intelligenceReference: 'INTEL-CANARY-7731',
    partnershipPlanId: null,
    disclosureAt: null,
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}, email = NORTHSHIRE_OFFICER): Promise<OperationView> {
  const result = await (await people.as(email)).gql<{ createOperation: OperationView }>(CREATE, { input: details(overrides) });
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createOperation;
}

/** Puts an operation straight into a state, its checklist all answered, as the database's superuser. */
async function forceState(id: string, state: OperationState, complete = true): Promise<number> {
  await t.sql('update operation set state = $2, version = version + 1 where id = $1', [id, state]);
  if (complete) {
    await t.sql("update operation_checklist_answer set answer = 'NOT_APPLICABLE', reason = 'Set by the test' where operation_id = $1 and answer is null", [id]);
  }
  return ((await row(id)) as { version: number }).version;
}

const allMet = (checklist: readonly ChecklistItemView[]) => checklist.map((item) => ({ key: item.key, answer: 'MET' }));

describe('planning an operation', () => {
  it('creates a draft for the liaison officer, with the built-in checklist and the default disclosure time', async () => {
    const start = new Date(t.clock.now().getTime() + 10 * DAY);
    const created = await create({ plannedStart: start.toISOString(), addresses: ['  Flat 1, 3 Harbour Road  ', '5 Harbour Road'] });
    expect(created).toMatchObject({
      reference: 'NS-OP-TEST-001',
      type: 'PREMISES_VISIT',
      state: 'DRAFT',
      plannedStart: start.toISOString(),
      disclosureAt: new Date(start.getTime() - 12 * HOUR).toISOString(),
      addresses: ['Flat 1, 3 Harbour Road', '5 Harbour Road'],
      intelligenceReference: 'INTEL-CANARY-7731',
      version: 1,
      availableActions: ['MARK_READY', 'CANCEL'],
      checklistComplete: false,
      transitions: [],
    });
    expect(created.checklist.map((item) => item.key)).toEqual(BUILT_IN_CHECKLIST_ITEMS.map((item) => item.key));
    expect(created.checklist.every((item) => item.answer === null)).toBe(true);
    const stored = (await row(created.id)) as Record<string, unknown>;
    expect(stored).toMatchObject({ organisation_id: northshire, state: 'DRAFT', planned_day: '2026-12-08' });
    expect(await auditActions(created.id)).toEqual(['operation.created']);

    const read = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ operation: OperationView }>(ONE, { id: created.id });
    expect(read.data?.operation).toEqual(created);
    const byManager = await (await people.as(NORTHSHIRE_MANAGER)).gql<{ operation: OperationView }>(ONE, { id: created.id });
    expect(byManager.data?.operation.id).toBe(created.id);
  });

  it('keeps the disclosure time the officer sets, from 12 hours before the start up to the start', async () => {
    const start = new Date(t.clock.now().getTime() + 5 * DAY);
    for (const disclosureAt of [new Date(start.getTime() - 2 * HOUR), new Date(start.getTime() - 12 * HOUR), start]) {
      const created = await create({ plannedStart: start.toISOString(), disclosureAt: disclosureAt.toISOString() });
      expect(created.disclosureAt).toBe(disclosureAt.toISOString());
    }
  });

  it('plans up to two years ahead', async () => {
    const start = new Date(t.clock.now().getTime());
    start.setUTCFullYear(start.getUTCFullYear() + 2);
    expect((await create({ plannedStart: start.toISOString() })).plannedStart).toBe(start.toISOString());
  });

  it('refuses every bad input with a message naming the problem, writing nothing', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const count = async () => (await t.sql<{ n: number }>('select count(*)::int as n from operation'))[0]?.n;
    const before = await count();
    const now = t.clock.now().getTime();
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['a start in the past', { plannedStart: new Date(now - HOUR).toISOString() }, 'The start must be in the future', 'plannedStart'],
      [
        'a disclosure time after the start',
        { plannedStart: new Date(now + 2 * DAY).toISOString(), disclosureAt: new Date(now + 3 * DAY).toISOString() },
        'The disclosure time must be no later than the start',
        'disclosureAt',
      ],
      ['a start in the year 9999', { plannedStart: '9999-12-31T09:00:00.000Z' }, 'The start must be no more than 2 years from now', 'plannedStart'],
      ['a start in the year 275760', { plannedStart: new Date(8.64e15).toISOString() }, 'The start must be no more than 2 years from now', 'plannedStart'],
      ['a start a day more than two years ahead', { plannedStart: new Date(now + 732 * DAY).toISOString() }, 'The start must be no more than 2 years from now', 'plannedStart'],
      [
        'a disclosure time in 1970',
        { disclosureAt: new Date(0).toISOString() },
        'The disclosure time must be no earlier than 12 hours before the start: to give partners the details sooner, release them early with the reason',
        'disclosureAt',
      ],
      [
        'a disclosure time a minute earlier than 12 hours before the start',
        { plannedStart: new Date(now + 2 * DAY).toISOString(), disclosureAt: new Date(now + 2 * DAY - 12 * HOUR - 60_000).toISOString() },
        'The disclosure time must be no earlier than 12 hours before the start',
        'disclosureAt',
      ],
      ['no female officers and no reason', { femaleOfficersAttending: 0 }, 'No female officers attend: enter the reason', 'noFemaleOfficersReason'],
      ['more female officers than officers', { officersAttending: 1, femaleOfficersAttending: 2 }, 'Female officers attending cannot be more than the officers attending', 'femaleOfficersAttending'],
      ['dependents without arrangements', { dependentsExpected: true }, 'Dependents or family are expected: enter the arrangements made for them', 'dependentsArrangements'],
      ['media by agreement without a reason', { mediaDecision: 'BY_AGREEMENT', mediaReason: '  ' }, 'Media by agreement of the safeguarding lead: enter the reason', 'mediaReason'],
      ['no addresses', { addresses: [] }, 'Enter at least one address', undefined],
      ['a blank address', { addresses: ['1 High Street', '   '] }, 'Addresses cannot be blank', undefined],
      ['too many addresses', { addresses: Array.from({ length: 21 }, (_, i) => `${i + 1} High Street`) }, 'Enter 20 addresses or fewer', undefined],
      ['too short', { expectedDurationMinutes: 10 }, 'Expected duration must be at least 15 minutes', undefined],
      ['too long', { expectedDurationMinutes: 10081 }, 'Expected duration must be 10080 minutes (7 days) or fewer', undefined],
      ['too many people', { expectedPeople: 501 }, 'Expected number of people must be 500 or fewer', undefined],
      ['no reference', { reference: '   ' }, 'Enter the reference', undefined],
      ['no safeguarding lead', { safeguardingLeadName: '' }, 'Enter the safeguarding lead’s name', undefined],
      ['no proportionality statement', { proportionalityStatement: ' ' }, 'Enter the proportionality statement', undefined],
    ];
    for (const [problem, overrides, message, field] of cases) {
      const result = await officer.gql(CREATE, { input: details(overrides) });
      expect({ problem, code: errorCode(result), message: result.errors?.[0]?.message }).toEqual({
        problem,
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(message),
      });
      if (field !== undefined) expect({ problem, field: (result.errors?.[0] as GqlError | undefined)?.extensions?.field }).toEqual({ problem, field });
    }
    expect(await count()).toBe(before);
  });

  it('is for a police force’s liaison officers only', async () => {
    for (const email of [NORTHSHIRE_MANAGER, NORTHSHIRE_ADMIN, HARBOUR_WORKER, HARBOUR_ADMIN]) {
      const result = await (await people.as(email)).gql(CREATE, { input: details() });
      expect({ email, code: errorCode(result) }).toEqual({ email, code: 'NOT_FOUND' });
    }
  });

  it('keeps the intelligence reference and the rest from every other organisation: not found, empty lists', async () => {
    const created = await create({ reference: 'NS-SECRET-REF-42', plannedStart: '2027-01-14T10:00:00.000Z' });
    const filter = { from: '2027-01-14', to: '2027-01-14' };
    const own = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ operations: { items: { id: string }[]; totalCount: number } }>(LIST, { filter });
    expect(own.data?.operations.items.map((item) => item.id)).toEqual([created.id]);

    for (const email of [WESTMERE_OFFICER, WESTMERE_ADMIN, HARBOUR_ADMIN, HARBOUR_MANAGER, HARBOUR_WORKER]) {
      const browser = await people.as(email);
      const one = await browser.gql(ONE, { id: created.id });
      const unknown = await browser.gql(ONE, { id: randomUUID() });
      expect({ email, code: errorCode(one) }).toEqual({ email, code: 'NOT_FOUND' });
      expect(one).toEqual(unknown);
      const list = await browser.gql<{ operations: { items: { id: string }[]; totalCount: number } }>(LIST, {});
      if (email === HARBOUR_WORKER) expect(errorCode(list)).toBe('NOT_FOUND');
      else if (email.includes('westmere')) expect(list.data?.operations.items.map((item) => item.id)).not.toContain(created.id);
      else expect(list.data?.operations).toEqual({ items: [], nextCursor: null, totalCount: 0 });
      const windowed = await browser.gql<{ operations: { items: unknown[]; totalCount: number } }>(LIST, { filter });
      if (email !== HARBOUR_WORKER) expect(windowed.data?.operations).toEqual({ items: [], nextCursor: null, totalCount: 0 });
      const text = JSON.stringify([one, list, windowed]);
      expect(text).not.toContain('INTEL-CANARY-7731');
      expect(text).not.toContain('NS-SECRET-REF-42');
    }
    // A partner's administrator may read operations, and sees none: none are its own.
    expect((await (await people.as(HARBOUR_ADMIN)).gql<{ checklistItemDefinitions: unknown[] }>(DEFINITIONS)).data?.checklistItemDefinitions).toEqual([]);
  });

  it('is kept from other organisations by row-level security as well', async () => {
    const created = await create();
    for (const organisationId of [westmere, harbour]) {
      const seen = await withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true)", [organisationId]);
        const counts = [];
        for (const table of ['operation', 'operation_checklist_answer', 'operation_transition']) {
          const column = table === 'operation' ? 'id' : 'operation_id';
          counts.push((await client.query<{ n: number }>(`select count(*)::int as n from ${table} where ${column} = $1`, [created.id])).rows[0]?.n);
        }
        const updated = (await client.query("update operation set state = 'CANCELLED' where id = $1", [created.id])).rowCount;
        await client.query('rollback');
        return [...counts, updated];
      });
      expect(seen).toEqual([0, 0, 0, 0]);
    }
    await expect(
      withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true)", [westmere]);
        return client.query(
          "insert into operation_transition (id, operation_id, organisation_id, action, from_state, to_state, by_user_id, at) values (gen_random_uuid(), $1, $2, 'CANCEL', 'DRAFT', 'CANCELLED', gen_random_uuid(), now())",
          [created.id, northshire],
        );
      }),
    ).rejects.toThrow(/row-level security/);
  });
});

describe('editing an operation', () => {
  it('changes the details, bumps the version and audits the fields changed only', async () => {
    const created = await create();
    const result = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ updateOperation: OperationView }>(UPDATE, {
      id: created.id,
      version: created.version,
      input: details({ plannedStart: created.plannedStart, generalArea: 'Port Allen PA4', expectedPeople: 7 }),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateOperation).toMatchObject({ generalArea: 'Port Allen PA4', expectedPeople: 7, version: created.version + 1 });
    const [entry] = await t.sql<{ detail: Record<string, unknown> }>(
      "select detail from audit_entry where subject_id = $1 and action = 'operation.updated'",
      [created.id],
    );
    expect(entry?.detail).toEqual({ changed: ['generalArea', 'expectedPeople'] });
  });

  it('refuses the second of two officers saving at once as stale, keeping the first’s changes', async () => {
    const created = await create();
    const [first, second] = [await people.as(NORTHSHIRE_OFFICER), await people.as(NORTHSHIRE_SECOND_OFFICER)];
    const [a, b] = await Promise.all([
      first.gql<{ updateOperation: OperationView }>(UPDATE, { id: created.id, version: created.version, input: details({ expectedPeople: 11 }) }),
      second.gql<{ updateOperation: OperationView }>(UPDATE, { id: created.id, version: created.version, input: details({ expectedPeople: 22 }) }),
    ]);
    const results = [a, b];
    const won = results.filter((result) => result.errors === undefined);
    const lost = results.filter((result) => result.errors !== undefined);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.errors?.[0]).toMatchObject({
      message: 'Someone else changed this operation since you opened it. Reload it to see their changes, then make yours again.',
      extensions: { code: 'STALE' },
    });
    const winner = won[0]?.data?.updateOperation;
    expect((await row(created.id)) as Record<string, unknown>).toMatchObject({ expected_people: winner?.expectedPeople, version: 2 });

    // And one after the other: the stale save changes nothing.
    const before = await stored(created.id);
    const late = await first.gql(UPDATE, { id: created.id, version: created.version, input: details({ expectedPeople: 33 }) });
    expect(errorCode(late)).toBe('STALE');
    expect(await stored(created.id)).toEqual(before);
  });

  it('refuses a start moved into the past, and changes once the operation has started', async () => {
    const created = await create();
    const before = await stored(created.id);
    const past = await (await people.as(NORTHSHIRE_OFFICER)).gql(UPDATE, {
      id: created.id,
      version: 1,
      input: details({ plannedStart: new Date(t.clock.now().getTime() - DAY).toISOString() }),
    });
    expect(past.errors?.[0]).toMatchObject({ message: 'The start must be in the future', extensions: { field: 'plannedStart' } });
    expect(await stored(created.id)).toEqual(before);

    const version = await forceState(created.id, 'IN_PROGRESS');
    const started = await stored(created.id);
    const late = await (await people.as(NORTHSHIRE_OFFICER)).gql(UPDATE, { id: created.id, version, input: details({ expectedPeople: 9 }) });
    expect(late.errors?.[0]).toMatchObject({
      message: 'An operation that is in progress can no longer be changed: only one that has not started can.',
      extensions: { code: 'NOT_EDITABLE' },
    });
    expect(await stored(created.id)).toEqual(started);
  });

  it('refuses a disclosure time earlier than 12 hours before the start, or a start beyond two years, storing nothing', async () => {
    const created = await create();
    const before = await stored(created.id);
    const start = new Date(created.plannedStart).getTime();
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const early = await officer.gql(UPDATE, {
      id: created.id,
      version: created.version,
      input: details({ plannedStart: created.plannedStart, disclosureAt: new Date(start - 13 * HOUR).toISOString() }),
    });
    expect(early.errors?.[0]).toMatchObject({
      message: expect.stringContaining('The disclosure time must be no earlier than 12 hours before the start'),
      extensions: { code: 'BAD_USER_INPUT', field: 'disclosureAt' },
    });
    const far = await officer.gql(UPDATE, { id: created.id, version: created.version, input: details({ plannedStart: '9999-01-01T00:00:00.000Z' }) });
    expect(far.errors?.[0]).toMatchObject({ message: 'The start must be no more than 2 years from now', extensions: { field: 'plannedStart' } });
    expect(await stored(created.id)).toEqual(before);
    expect(await auditActions(created.id)).toEqual(['operation.created']);
  });

  it('answers not found for another force’s operation', async () => {
    const created = await create();
    const result = await (await people.as(WESTMERE_OFFICER)).gql(UPDATE, { id: created.id, version: 1, input: details() });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(((await row(created.id)) as { version: number }).version).toBe(1);
  });
});

describe('the readiness checklist', () => {
  it('records answers with who and when, and needs every item answered before the operation is ready', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const created = await create();
    const first = await officer.gql<{ answerChecklist: OperationView }>(ANSWER, {
      id: created.id,
      version: 1,
      answers: [
        { key: 'media', answer: 'MET' },
        { key: 'longer-term-plan', answer: 'NOT_MET', reason: 'First operation with these partners' },
        { key: 'languages', answer: 'NOT_APPLICABLE', reason: 'Leaflets being translated' },
      ],
    });
    expect(first.errors).toBeUndefined();
    const answered = first.data?.answerChecklist;
    expect(answered?.version).toBe(2);
    expect(answered?.checklist.find((item) => item.key === 'longer-term-plan')).toMatchObject({
      answer: 'NOT_MET',
      reason: 'First operation with these partners',
      answeredByName: 'PC Lee Oakes',
      answeredAt: t.clock.now().toISOString(),
    });

    const before = await stored(created.id);
    const early = await officer.gql(TRANSITION, { id: created.id, version: 2, action: 'MARK_READY' });
    expect(early.errors?.[0]).toMatchObject({
      message: 'Answer every checklist item before marking the operation ready: 7 still unanswered',
      extensions: { code: 'CHECKLIST_INCOMPLETE' },
    });
    expect(await stored(created.id)).toEqual(before);

    const rest = answered?.checklist.filter((item) => item.answer === null) ?? [];
    const all = await officer.gql<{ answerChecklist: OperationView }>(ANSWER, { id: created.id, version: 2, answers: allMet(rest) });
    expect(all.data?.answerChecklist.checklistComplete).toBe(true);
    const ready = await officer.gql<{ transitionOperation: OperationView }>(TRANSITION, { id: created.id, version: 3, action: 'MARK_READY' });
    expect(ready.errors).toBeUndefined();
    expect(ready.data?.transitionOperation).toMatchObject({
      state: 'READY',
      version: 4,
      availableActions: ['REOPEN', 'NOTIFY_PARTNERS', 'CANCEL'],
      transitions: [{ action: 'MARK_READY', fromState: 'DRAFT', toState: 'READY', reason: null, byName: 'PC Lee Oakes' }],
    });
    expect(await auditActions(created.id)).toEqual(['operation.created', 'operation.checklist-answered', 'operation.checklist-answered', 'operation.mark-ready']);
  });

  it('refuses bad answers, changing nothing', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const created = await create({ femaleOfficersAttending: 0, noFemaleOfficersReason: 'Both female officers on leave' });
    const before = await stored(created.id);
    const cases: [string, unknown[], string][] = [
      ['an unknown item', [{ key: 'crystal-ball', answer: 'MET' }], 'This operation has no checklist item "crystal-ball"'],
      ['not met without a reason', [{ key: 'dignity', answer: 'NOT_MET' }], 'Enter the reason “Dignity” is not met'],
      ['not applicable without a reason', [{ key: 'dignity', answer: 'NOT_APPLICABLE', reason: ' ' }], 'Enter the reason “Dignity” is not applicable'],
      ['the same item twice', [{ key: 'dignity', answer: 'MET' }, { key: 'dignity', answer: 'MET' }], '“Dignity” is answered twice'],
      [
        'female officers met with none attending',
        [{ key: 'female-officers', answer: 'MET' }],
        'Female officers cannot be met when no female officers attend: answer not met, with the reason',
      ],
      ['nothing', [], 'Answer at least one checklist item'],
    ];
    for (const [problem, answers, message] of cases) {
      const result = await officer.gql(ANSWER, { id: created.id, version: 1, answers });
      expect({ problem, code: errorCode(result), message: result.errors?.[0]?.message }).toEqual({ problem, code: 'BAD_USER_INPUT', message });
    }
    expect(errorCode(await officer.gql(ANSWER, { id: created.id, version: 7, answers: [{ key: 'dignity', answer: 'MET' }] }))).toBe('STALE');
    expect(await stored(created.id)).toEqual(before);

    // Not met, with the reason, is the honest answer.
    const honest = await officer.gql(ANSWER, { id: created.id, version: 1, answers: [{ key: 'female-officers', answer: 'NOT_MET', reason: 'Both on leave' }] });
    expect(honest.errors).toBeUndefined();
  });

  it('cannot be ticked for safeguarding while dependents are expected with no arrangements', async () => {
    const created = await create({ dependentsExpected: true, dependentsArrangements: 'Children’s services on call' });
    await t.sql('update operation set dependents_arrangements = null where id = $1', [created.id]);
    const result = await (await people.as(NORTHSHIRE_OFFICER)).gql(ANSWER, { id: created.id, version: 1, answers: [{ key: 'safeguarding', answer: 'MET' }] });
    expect(result.errors?.[0]).toMatchObject({
      message: 'Safeguarding cannot be met while dependents are expected with no arrangements made for them',
      extensions: { code: 'BAD_USER_INPUT', field: 'answers', params: { title: 'Safeguarding and dependents', reason: 'dependentsArrangements' } },
    });
  });

  it('keeps the details true to the answers: a met item cannot lose what it rests on', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const created = await create();
    await officer.gql(ANSWER, { id: created.id, version: 1, answers: [{ key: 'female-officers', answer: 'MET' }] });
    const before = await stored(created.id);
    const result = await officer.gql(UPDATE, {
      id: created.id,
      version: 2,
      input: details({ femaleOfficersAttending: 0, noFemaleOfficersReason: 'Leave' }),
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'The checklist answers “Female officers” as met, which these details no longer allow: change that checklist answer first',
      extensions: { field: 'femaleOfficersAttending' },
    });
    expect(await stored(created.id)).toEqual(before);
  });

  it('is settled once partners are notified', async () => {
    const created = await create();
    const version = await forceState(created.id, 'PARTNERS_NOTIFIED');
    const before = await stored(created.id);
    const result = await (await people.as(NORTHSHIRE_OFFICER)).gql(ANSWER, { id: created.id, version, answers: [{ key: 'dignity', answer: 'MET' }] });
    expect(result.errors?.[0]).toMatchObject({
      message: 'The checklist is settled once partners are notified: an operation that is partners notified cannot have its checklist changed.',
      extensions: { code: 'CHECKLIST_SETTLED' },
    });
    expect(await stored(created.id)).toEqual(before);
  });
});

describe('the force’s own checklist items', () => {
  it('are added by the force administrator and asked of operations created afterwards only', async () => {
    const admin = await people.as(NORTHSHIRE_ADMIN);
    const earlier = await create();
    const added = await admin.gql<{ addChecklistItemDefinition: { key: string; title: string; builtIn: boolean } }>(ADD_DEFINITION, {
      title: '  Interpreter   briefed ',
      hint: 'The interpreter has been briefed on the operation and on confidentiality.',
    });
    expect(added.errors).toBeUndefined();
    const item = added.data?.addChecklistItemDefinition;
    expect(item).toMatchObject({ title: 'Interpreter briefed', builtIn: false });
    expect(item?.key).toMatch(/^custom-[0-9a-f-]{36}$/);

    const definitions = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ checklistItemDefinitions: { key: string; builtIn: boolean }[] }>(DEFINITIONS);
    expect(definitions.data?.checklistItemDefinitions.map((d) => d.key)).toEqual([...BUILT_IN_CHECKLIST_ITEMS.map((b) => b.key), item?.key]);
    expect(definitions.data?.checklistItemDefinitions.filter((d) => d.builtIn)).toHaveLength(BUILT_IN_CHECKLIST_ITEMS.length);
    const westmere = await (await people.as(WESTMERE_OFFICER)).gql<{ checklistItemDefinitions: { key: string }[] }>(DEFINITIONS);
    expect(westmere.data?.checklistItemDefinitions.map((d) => d.key)).not.toContain(item?.key);

    const later = await create();
    expect(later.checklist.at(-1)).toMatchObject({ key: item?.key, title: 'Interpreter briefed', answer: null });
    const again = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ operation: OperationView }>(ONE, { id: earlier.id });
    expect(again.data?.operation.checklist.map((c) => c.key)).not.toContain(item?.key);

    // MARK_READY waits for the force's own item too.
    await (await people.as(NORTHSHIRE_OFFICER)).gql(ANSWER, { id: later.id, version: 1, answers: allMet(later.checklist.slice(0, -1)) });
    const early = await (await people.as(NORTHSHIRE_OFFICER)).gql(TRANSITION, { id: later.id, version: 2, action: 'MARK_READY' });
    expect(early.errors?.[0]?.message).toBe('Answer every checklist item before marking the operation ready: 1 still unanswered');

    const retired = await admin.gql(RETIRE_DEFINITION, { key: item?.key });
    expect(retired.errors).toBeUndefined();
    const afterRetiring = await create();
    expect(afterRetiring.checklist.map((c) => c.key)).not.toContain(item?.key);
    const kept = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ operation: OperationView }>(ONE, { id: later.id });
    expect(kept.data?.operation.checklist.at(-1)?.key).toBe(item?.key);
  });

  it('refuses duplicate, short and long titles, built-in retirements, partners and officers', async () => {
    const admin = await people.as(NORTHSHIRE_ADMIN);
    await admin.gql(ADD_DEFINITION, { title: 'Vehicle checks', hint: '' });
    const cases: [Record<string, string>, string][] = [
      [{ title: 'vehicle CHECKS', hint: '' }, 'There is already a checklist item called “vehicle CHECKS”'],
      [{ title: 'Dignity', hint: '' }, 'There is already a checklist item called “Dignity”'],
      [{ title: 'ab', hint: '' }, 'Title must be at least 3 characters'],
      [{ title: 'x'.repeat(121), hint: '' }, 'Title must be 120 characters or fewer'],
      [{ title: 'Valid title', hint: 'x'.repeat(501) }, 'Hint must be 500 characters or fewer'],
    ];
    for (const [variables, message] of cases) {
      const result = await admin.gql(ADD_DEFINITION, variables);
      expect({ variables, message: result.errors?.[0]?.message }).toEqual({ variables, message });
    }
    expect((await admin.gql(RETIRE_DEFINITION, { key: 'dignity' })).errors?.[0]?.message).toBe('Built-in checklist items cannot be retired');
    expect(errorCode(await admin.gql(RETIRE_DEFINITION, { key: `custom-${randomUUID()}` }))).toBe('NOT_FOUND');
    expect(errorCode(await (await people.as(HARBOUR_ADMIN)).gql(ADD_DEFINITION, { title: 'Harbour item', hint: '' }))).toBe('NOT_A_FORCE');
    expect(errorCode(await (await people.as(NORTHSHIRE_OFFICER)).gql(ADD_DEFINITION, { title: 'Officer item', hint: '' }))).toBe('NOT_FOUND');
    const westmereKey = (await (await people.as(WESTMERE_ADMIN)).gql<{ addChecklistItemDefinition: { key: string } }>(ADD_DEFINITION, { title: 'Westmere item', hint: '' }))
      .data?.addChecklistItemDefinition.key;
    expect(errorCode(await admin.gql(RETIRE_DEFINITION, { key: westmereKey }))).toBe('NOT_FOUND');
  });
});

/** What each move does from each state, written out again for the api (not derived from the code's table). */
const LIFECYCLE: Readonly<Record<OperationState, Partial<Record<OperationAction, OperationState>>>> = {
  DRAFT: { MARK_READY: 'READY', CANCEL: 'CANCELLED' },
  READY: { REOPEN: 'DRAFT', CANCEL: 'CANCELLED' },
  PARTNERS_NOTIFIED: { START: 'IN_PROGRESS', CANCEL: 'CANCELLED' },
  IN_PROGRESS: { COMPLETE: 'COMPLETED', CANCEL: 'CANCELLED' },
  COMPLETED: { BEGIN_FOLLOW_UP: 'FOLLOW_UP' },
  FOLLOW_UP: { CLOSE: 'CLOSED' },
  CLOSED: {},
  CANCELLED: {},
};

describe('the lifecycle through the api', () => {
  let template: OperationView;
  beforeAll(async () => {
    template = await create();
  });

  /** A copy of the template in `state`, its checklist answered. */
  async function inState(state: OperationState): Promise<{ id: string; version: number }> {
    const id = randomUUID();
    await t.sql(
      `insert into operation select (jsonb_populate_record(null::operation, to_jsonb(o) || jsonb_build_object('id', $2::uuid, 'state', $3::text, 'version', 3))).*
         from operation o where id = $1`,
      [template.id, id, state],
    );
    await t.sql(
      `insert into operation_checklist_answer
         select (jsonb_populate_record(null::operation_checklist_answer, to_jsonb(a) || jsonb_build_object('operation_id', $2::uuid, 'answer', 'MET'))).*
           from operation_checklist_answer a where operation_id = $1`,
      [template.id, id],
    );
    return { id, version: 3 };
  }

  const pairs = OPERATION_STATES.flatMap((state) => OPERATION_ACTIONS.map((action) => [state, action, LIFECYCLE[state][action] ?? null] as const));

  it.each(pairs)('%s, %s → %s', async (state, action, to) => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const { id, version } = await inState(state);
    const before = await stored(id);
    const result = await officer.gql<{ transitionOperation: OperationView }>(TRANSITION, { id, version, action, reason: 'A reason given by the test' });
    if (to === null) {
      if (action === 'NOTIFY_PARTNERS') {
        expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'USE_NOTIFY_PARTNERS', field: 'action' } });
      } else {
        expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'INVALID_TRANSITION', field: 'action' } });
        expect(result.errors?.[0]?.message).toMatch(/^An operation that is .+ cannot be .+: only one that is .+ can\.$/);
      }
      expect(await stored(id)).toEqual(before);
      return;
    }
    expect(result.errors).toBeUndefined();
    expect(result.data?.transitionOperation).toMatchObject({
      state: to,
      version: version + 1,
      transitions: [{ action, fromState: state, toState: to, reason: 'A reason given by the test', byName: 'PC Lee Oakes', at: t.clock.now().toISOString() }],
    });
    const moved = (await row(id)) as { state: string; state_changed_at: string };
    expect({ state: moved.state, at: new Date(moved.state_changed_at).getTime() }).toEqual({ state: to, at: t.clock.now().getTime() });
    expect(await auditActions(id)).toEqual([`operation.${action.toLowerCase().replaceAll('_', '-')}`]);
  });

  it.each(['CANCEL', 'REOPEN'] as const)('needs a reason to %s', async (action) => {
    const { id, version } = await inState('READY');
    const before = await stored(id);
    for (const reason of [null, '   ']) {
      const result = await (await people.as(NORTHSHIRE_OFFICER)).gql(TRANSITION, { id, version, action, reason });
      expect(result.errors?.[0]).toMatchObject({
        message: `Enter the reason the operation is being ${action === 'CANCEL' ? 'cancelled' : 'reopened'}`,
        extensions: { code: 'REASON_REQUIRED', field: 'reason' },
      });
    }
    expect(await stored(id)).toEqual(before);
  });

  it('refuses a stale move and another force’s operation, changing nothing', async () => {
    const { id, version } = await inState('DRAFT');
    const before = await stored(id);
    expect(errorCode(await (await people.as(NORTHSHIRE_OFFICER)).gql(TRANSITION, { id, version: version - 1, action: 'MARK_READY' }))).toBe('STALE');
    expect(errorCode(await (await people.as(WESTMERE_OFFICER)).gql(TRANSITION, { id, version, action: 'CANCEL', reason: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await (await people.as(NORTHSHIRE_MANAGER)).gql(TRANSITION, { id, version, action: 'CANCEL', reason: 'x' }))).toBe('NOT_FOUND');
    expect(await stored(id)).toEqual(before);
  });

  it('keeps the history oldest first and runs the registered listeners inside the move', async () => {
    const service = t.app.get(OperationsService);
    const calls: string[] = [];
    let refuse = false;
    service.onTransition(async (_manager, auth, operation, fromState, toState, action) => {
      if (operation.id !== listened) return;
      calls.push(`${auth.userId === undefined ? '?' : 'by'} ${action}: ${fromState} → ${toState} (now ${operation.state})`);
      if (refuse) throw new Error('listener refused');
    });
    const { id: listened, version } = await inState('DRAFT');
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const ready = await officer.gql<{ transitionOperation: OperationView }>(TRANSITION, { id: listened, version, action: 'MARK_READY' });
    const reopened = await officer.gql<{ transitionOperation: OperationView }>(TRANSITION, { id: listened, version: version + 1, action: 'REOPEN', reason: 'Date moved' });
    expect(reopened.data?.transitionOperation.transitions.map((tr) => tr.action)).toEqual(['MARK_READY', 'REOPEN']);
    expect(ready.data?.transitionOperation.state).toBe('READY');
    expect(calls).toEqual(['by MARK_READY: DRAFT → READY (now READY)', 'by REOPEN: READY → DRAFT (now DRAFT)']);

    refuse = true;
    const before = await stored(listened);
    const refused = await officer.gql(TRANSITION, { id: listened, version: version + 2, action: 'CANCEL', reason: 'x' });
    expect(errorCode(refused)).toBe('INTERNAL_SERVER_ERROR');
    expect(await stored(listened)).toEqual(before);
    refuse = false;
  });
});

describe('releasing details early and recording attendance', () => {
  it('releases only once partners are notified, with a reason, and moves the disclosure time to now', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const created = await create();
    const draft = await officer.gql(RELEASE, { id: created.id, version: 1, reason: 'Partners need to plan' });
    expect(errorCode(draft)).toBe('INVALID_STATE');
    const version = await forceState(created.id, 'PARTNERS_NOTIFIED');
    const before = await stored(created.id);
    expect(errorCode(await officer.gql(RELEASE, { id: created.id, version, reason: '  ' }))).toBe('REASON_REQUIRED');
    expect(await stored(created.id)).toEqual(before);
    const released = await officer.gql<{ releaseDetailsEarly: OperationView }>(RELEASE, { id: created.id, version, reason: 'Partners need to plan' });
    expect(released.errors).toBeUndefined();
    const now = t.clock.now().toISOString();
    expect(released.data?.releaseDetailsEarly).toMatchObject({ releasedEarlyAt: now, disclosureAt: now, releaseReason: 'Partners need to plan', version: version + 1 });
    // Kept in the operation's history: who, when and why, moving nothing.
    expect(released.data?.releaseDetailsEarly.transitions).toEqual([
      { action: 'RELEASE_DETAILS_EARLY', fromState: 'PARTNERS_NOTIFIED', toState: 'PARTNERS_NOTIFIED', reason: 'Partners need to plan', byName: 'PC Lee Oakes', at: now },
    ]);
    expect(((await row(created.id)) as { state: string }).state).toBe('PARTNERS_NOTIFIED');
    expect(errorCode(await officer.gql(RELEASE, { id: created.id, version: version + 1, reason: 'Again' }))).toBe('ALREADY_RELEASED');
    expect(await auditActions(created.id)).toContain('operation.details-released-early');

    // Editing afterwards does not take the release back, and the released time may be saved as it is.
    const edited = await officer.gql<{ updateOperation: OperationView }>(UPDATE, { id: created.id, version: version + 1, input: details({ expectedPeople: 5 }) });
    expect(edited.data?.updateOperation.disclosureAt).toBe(now);
    const again = await officer.gql<{ updateOperation: OperationView }>(UPDATE, {
      id: created.id,
      version: version + 2,
      input: details({ expectedPeople: 6, disclosureAt: now }),
    });
    expect(again.errors).toBeUndefined();
    expect(again.data?.updateOperation.disclosureAt).toBe(now);
  });

  it('records the force’s attendance once the operation is completed', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const created = await create();
    const early = await officer.gql(ATTENDANCE, { id: created.id, version: 1, n: 5 });
    expect(errorCode(early)).toBe('INVALID_STATE');
    const version = await forceState(created.id, 'COMPLETED');
    expect(errorCode(await officer.gql(ATTENDANCE, { id: created.id, version, n: -1 }))).toBe('BAD_USER_INPUT');
    const recorded = await officer.gql<{ recordForceAttendance: OperationView }>(ATTENDANCE, { id: created.id, version, n: 5 });
    expect(recorded.data?.recordForceAttendance).toMatchObject({ officersAttended: 5, version: version + 1 });
  });
});

describe('named officers', () => {
  interface NamedOfficer {
    userId: string;
    name: string;
    mshtTrainingCurrent: boolean;
    attended: boolean | null;
  }
  type Named = GqlResult<{ nameOfficers: OperationView & { namedOfficers: NamedOfficer[] } }>;
  const idOf = async (email: string) => (await t.sql<{ id: string }>('select id::text as id from user_account where email = $1', [email]))[0]?.id as string;
  const officerRows = (operationId: string) => t.sql('select * from operation_officer where operation_id = $1 order by user_id', [operationId]);

  it('offers the force’s own active people with their MSHT training standing, and no one else', async () => {
    const choices = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ officerChoices: { userId: string; name: string; mshtTrainingCurrent: boolean }[] }>(OFFICER_CHOICES);
    expect(choices.errors).toBeUndefined();
    const byName = new Map(choices.data?.officerChoices.map((choice) => [choice.name, choice.mshtTrainingCurrent]));
    // Lee Oakes' MSHT course is current, Alex Admin's expired, Ray Second has none.
    expect(Object.fromEntries(byName)).toMatchObject({ 'PC Lee Oakes': true, 'Alex Admin': false, 'PC Ray Second': false });
    expect([...byName.keys()].some((name) => ['Sam Rivers', 'PC Jo Kerr'].includes(name))).toBe(false);

    const westmereChoices = await (await people.as(WESTMERE_OFFICER)).gql<{ officerChoices: { name: string }[] }>(OFFICER_CHOICES);
    expect(westmereChoices.data?.officerChoices.map((choice) => choice.name)).not.toContain('PC Lee Oakes');
    expect(errorCode(await (await people.as(HARBOUR_WORKER)).gql(OFFICER_CHOICES))).toBe('NOT_FOUND');
  });

  it('names exactly the people chosen, flags anyone without current MSHT training, and audits who was added and removed', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const [lee, ray] = [await idOf(NORTHSHIRE_OFFICER), await idOf(NORTHSHIRE_SECOND_OFFICER)];
    const created = await create();

    const named: Named = await officer.gql(NAME_OFFICERS, { id: created.id, version: 1, userIds: [ray, lee, lee] });
    expect(named.errors).toBeUndefined();
    expect(named.data?.nameOfficers).toMatchObject({
      version: 2,
      namedOfficers: [
        { userId: lee, name: 'PC Lee Oakes', mshtTrainingCurrent: true, attended: null },
        { userId: ray, name: 'PC Ray Second', mshtTrainingCurrent: false, attended: null },
      ],
    });
    const reread = await officer.gql<{ operation: { namedOfficers: NamedOfficer[] } }>(ONE, { id: created.id });
    expect(reread.data?.operation.namedOfficers.map((o) => o.userId)).toEqual([lee, ray]);

    const fewer: Named = await officer.gql(NAME_OFFICERS, { id: created.id, version: 2, userIds: [lee] });
    expect(fewer.data?.nameOfficers.namedOfficers.map((o) => o.name)).toEqual(['PC Lee Oakes']);
    // The same people again changes nothing: no new version, no audit entry.
    const same: Named = await officer.gql(NAME_OFFICERS, { id: created.id, version: 3, userIds: [lee] });
    expect(same.data?.nameOfficers.version).toBe(3);

    const entries = await t.sql<{ detail: Record<string, unknown> }>(
      "select detail from audit_entry where subject_id = $1 and action = 'operation.officers-named' order by seq",
      [created.id],
    );
    expect(entries.map((entry) => entry.detail)).toEqual([
      { added: [ray, lee], removed: [], withoutMshtTraining: [ray] },
      { added: [], removed: [ray], withoutMshtTraining: [] },
    ]);
  });

  it('refuses other organisations’ people, unknown ids, more than are attending, stale saves and a started operation, changing nothing', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const [lee, ray, sam, jo] = await Promise.all([NORTHSHIRE_OFFICER, NORTHSHIRE_SECOND_OFFICER, HARBOUR_WORKER, WESTMERE_OFFICER].map(idOf));
    const created = await create({ officersAttending: 2, femaleOfficersAttending: 1 });
    expect((await officer.gql(NAME_OFFICERS, { id: created.id, version: 1, userIds: [lee] })).errors).toBeUndefined();
    const before = { ...(await stored(created.id)), officers: await officerRows(created.id) };

    for (const userIds of [[lee, sam], [jo], [randomUUID()]]) {
      const refused = await officer.gql(NAME_OFFICERS, { id: created.id, version: 2, userIds });
      expect(refused.errors?.[0]).toMatchObject({ message: 'Choose officers from your force’s people', extensions: { code: 'BAD_USER_INPUT', field: 'userIds' } });
    }
    const malformed = await officer.gql(NAME_OFFICERS, { id: created.id, version: 2, userIds: ['not-an-id'] });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds' });
    const tooMany = await officer.gql(NAME_OFFICERS, { id: created.id, version: 2, userIds: [lee, ray, await idOf(NORTHSHIRE_MANAGER)] });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'userIds' } });
    expect(tooMany.errors?.[0]?.message).toMatch(/^Name no more officers than are attending \(2\)/);
    expect(errorCode(await officer.gql(NAME_OFFICERS, { id: created.id, version: 1, userIds: [ray] }))).toBe('STALE');
    expect(errorCode(await (await people.as(WESTMERE_OFFICER)).gql(NAME_OFFICERS, { id: created.id, version: 2, userIds: [] }))).toBe('NOT_FOUND');
    expect(errorCode(await (await people.as(HARBOUR_WORKER)).gql(NAME_OFFICERS, { id: created.id, version: 2, userIds: [] }))).toBe('NOT_FOUND');
    // The details may not drop the officers attending below those named.
    const fewerAttending = await officer.gql(UPDATE, { id: created.id, version: 2, input: details({ officersAttending: 0, femaleOfficersAttending: 0, noFemaleOfficersReason: 'None available' }) });
    expect(fewerAttending.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'officersAttending' } });
    expect({ ...(await stored(created.id)), officers: await officerRows(created.id) }).toEqual(before);

    const version = await forceState(created.id, 'IN_PROGRESS');
    expect(errorCode(await officer.gql(NAME_OFFICERS, { id: created.id, version, userIds: [] }))).toBe('NOT_EDITABLE');
    expect(await officerRows(created.id)).toEqual(before.officers);
  });

  it('keep the checklist true: MSHT training is not met while a named officer has none, and met stays met', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const [lee, ray] = [await idOf(NORTHSHIRE_OFFICER), await idOf(NORTHSHIRE_SECOND_OFFICER)];
    const mshtMet = [{ key: 'msht-training', answer: 'MET' }];

    const untrainedNamed = await create();
    expect((await officer.gql(NAME_OFFICERS, { id: untrainedNamed.id, version: 1, userIds: [ray] })).errors).toBeUndefined();
    const before = await stored(untrainedNamed.id);
    const refusedAnswer = await officer.gql(ANSWER, { id: untrainedNamed.id, version: 2, answers: mshtMet });
    expect(refusedAnswer.errors?.[0]).toMatchObject({
      message: 'MSHT training cannot be met while an officer named to attend has no current MSHT training',
      extensions: { code: 'BAD_USER_INPUT', field: 'answers', params: { title: 'MSHT training', reason: 'namedOfficers' } },
    });
    expect(await stored(untrainedNamed.id)).toEqual(before);

    const answeredMet = await create();
    expect((await officer.gql(ANSWER, { id: answeredMet.id, version: 1, answers: mshtMet })).errors).toBeUndefined();
    const beforeNaming = { ...(await stored(answeredMet.id)), officers: await officerRows(answeredMet.id) };
    const refusedNaming = await officer.gql(NAME_OFFICERS, { id: answeredMet.id, version: 2, userIds: [lee, ray] });
    expect(refusedNaming.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'userIds' } });
    expect(refusedNaming.errors?.[0]?.message).toMatch(/^The checklist answers “MSHT training” as met/);
    expect({ ...(await stored(answeredMet.id)), officers: await officerRows(answeredMet.id) }).toEqual(beforeNaming);
    expect((await officer.gql(NAME_OFFICERS, { id: answeredMet.id, version: 2, userIds: [lee] })).errors).toBeUndefined();
  });

  it('are kept from other organisations by row-level security as well', async () => {
    const created = await create();
    await (await people.as(NORTHSHIRE_OFFICER)).gql(NAME_OFFICERS, { id: created.id, version: 1, userIds: [await idOf(NORTHSHIRE_OFFICER)] });
    for (const organisationId of [westmere, harbour]) {
      const seen = await withClient(t.db.appUrl, async (client) => {
        await client.query('begin');
        await client.query("select set_config('app.org_id', $1, true)", [organisationId]);
        const rows = (await client.query('select * from operation_officer where operation_id = $1', [created.id])).rowCount;
        const changed = (await client.query('update operation_officer set attended = true where operation_id = $1', [created.id])).rowCount;
        const deleted = (await client.query('delete from operation_officer where operation_id = $1', [created.id])).rowCount;
        await client.query('rollback');
        return [rows, changed, deleted];
      });
      expect(seen).toEqual([0, 0, 0]);
    }
    expect(await officerRows(created.id)).toHaveLength(1);
  });

  it('records which named officers attended once the operation is completed, refusing anyone not named', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const [lee, ray, sam] = await Promise.all([NORTHSHIRE_OFFICER, NORTHSHIRE_SECOND_OFFICER, HARBOUR_WORKER].map(idOf));
    const created = await create();
    await officer.gql(NAME_OFFICERS, { id: created.id, version: 1, userIds: [lee, ray] });
    const version = await forceState(created.id, 'COMPLETED');
    const before = { ...(await stored(created.id)), officers: await officerRows(created.id) };

    const stranger = await officer.gql(ATTENDANCE, { id: created.id, version, n: 4, named: [lee, sam] });
    expect(stranger.errors?.[0]).toMatchObject({ message: 'Choose officers named for this operation', extensions: { code: 'BAD_USER_INPUT', field: 'attendedOfficerIds' } });
    const undercounted = await officer.gql(ATTENDANCE, { id: created.id, version, n: 1, named: [lee, ray] });
    expect(undercounted.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'officersAttended' } });
    expect({ ...(await stored(created.id)), officers: await officerRows(created.id) }).toEqual(before);

    const recorded: GqlResult<{ recordForceAttendance: { officersAttended: number; namedOfficers: NamedOfficer[] } }> = await officer.gql(ATTENDANCE, {
      id: created.id,
      version,
      n: 4,
      named: [lee],
    });
    expect(recorded.data?.recordForceAttendance).toMatchObject({
      officersAttended: 4,
      namedOfficers: [
        { userId: lee, attended: true },
        { userId: ray, attended: false },
      ],
    });
    const [entry] = await t.sql<{ detail: Record<string, unknown> }>(
      "select detail from audit_entry where subject_id = $1 and action = 'operation.force-attendance-recorded'",
      [created.id],
    );
    expect(entry?.detail).toEqual({ officersAttended: 4, namedAttended: [lee], namedAbsent: [ray] });
  });
});

describe('the operations list', () => {
  const filter = { from: '2027-06-01', to: '2027-06-30' };
  const ids: string[] = [];
  beforeAll(async () => {
    // Out of order, two at the same time.
    for (const start of ['2027-06-20T09:00:00Z', '2027-06-02T06:00:00Z', '2027-06-10T12:00:00Z', '2027-06-10T12:00:00Z', '2027-06-30T22:30:00Z', '2027-07-01T09:00:00Z']) {
      ids.push((await create({ plannedStart: start })).id);
    }
  });

  it('pages through the acting force’s upcoming operations, soonest first, with the total on every page', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const seen: { id: string; plannedStart: string }[] = [];
    let after: string | null = null;
    const totals: number[] = [];
    for (let page = 0; page < 5; page++) {
      const result: GqlResult<{ operations: { items: { id: string; plannedStart: string }[]; nextCursor: string | null; totalCount: number } }> = await officer.gql(LIST, {
        filter,
        first: 2,
        after,
      });
      expect(result.errors).toBeUndefined();
      const operations = result.data?.operations;
      seen.push(...(operations?.items ?? []));
      totals.push(operations?.totalCount ?? -1);
      after = operations?.nextCursor ?? null;
      if (after === null) break;
    }
    // 22:30 UTC on 30 June is 23:30 in the UK: still June. 1 July is outside.
    expect(totals).toEqual([5, 5, 5]);
    const sameTime = [ids[2], ids[3]].sort();
    expect(seen.map((s) => s.id)).toEqual([ids[1], ...sameTime, ids[0], ids[4]]);
  });

  it('filters by state and day, and refuses a bad cursor or page size naming it', async () => {
    const officer = await people.as(NORTHSHIRE_OFFICER);
    await forceState(ids[0] as string, 'READY');
    const ready = await officer.gql<{ operations: { items: { id: string }[]; totalCount: number } }>(LIST, { filter: { ...filter, states: ['READY'] } });
    expect(ready.data?.operations).toMatchObject({ items: [{ id: ids[0] }], totalCount: 1 });
    const oneDay = await officer.gql<{ operations: { items: { id: string }[] } }>(LIST, { filter: { from: '2027-06-10', to: '2027-06-10' } });
    expect(oneDay.data?.operations.items.map((i) => i.id).sort()).toEqual([ids[2], ids[3]].sort());

    for (const after of ['nonsense', Buffer.from('2027-06-10|not-an-id').toString('base64url'), 'x'.repeat(300)]) {
      const result = await officer.gql(LIST, { filter, after });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
    for (const first of [0, 101]) {
      expect((await officer.gql(LIST, { filter, first })).errors?.[0]).toMatchObject({ extensions: { field: 'first' } });
    }
    expect((await officer.gql(LIST, { filter: { from: '2027-06-10', to: '2027-06-01' } })).errors?.[0]).toMatchObject({ extensions: { field: 'filter.to' } });
    expect(errorCode(await officer.gql(LIST, { filter: { from: '2027-02-30' } }))).toBe('BAD_USER_INPUT');
  });

  it('reads a page in a fixed number of statements, however many operations are on it', async () => {
    const dataSource = t.app.get(DataSource);
    const original = dataSource.createQueryRunner.bind(dataSource);
    // Statements per query runner: the request's transaction has one; the app's background workers poll
    // on runners of their own, which must not count.
    let perRunner: number[] = [];
    dataSource.createQueryRunner = ((...args: Parameters<DataSource['createQueryRunner']>) => {
      const runner: QueryRunner = original(...args);
      const query = runner.query.bind(runner);
      const slot = perRunner.push(0) - 1;
      runner.query = ((...queryArgs: Parameters<QueryRunner['query']>) => {
        perRunner[slot] = (perRunner[slot] ?? 0) + 1;
        return query(...queryArgs);
      }) as QueryRunner['query'];
      return runner;
    }) as DataSource['createQueryRunner'];
    const officer = await people.as(NORTHSHIRE_OFFICER);
    const count = async (first: number) => {
      perRunner = [];
      const result = await officer.gql<{ operations: { items: unknown[] } }>(
        `query($filter: OperationsFilter, $first: Int) { operations(filter: $filter, first: $first) { items { ${FIELDS} } totalCount } }`,
        { filter, first },
      );
      expect(result.data?.operations.items).toHaveLength(first);
      return Math.max(...perRunner);
    };
    try {
      expect(await count(1)).toBe(await count(5));
    } finally {
      dataSource.createQueryRunner = original;
    }
  });

  it('puts today’s and later operations first, soonest at the top, then earlier ones, latest first, and keeps that order across midnight', async () => {
    const now = t.clock.now().getTime();
    const laterToday = await create({ plannedStart: new Date(now + 2 * HOUR).toISOString() });
    const [lastWeek, twoDaysAgo] = [await create(), await create()];
    // Operations cannot be planned in the past: move two there as the database's superuser.
    for (const [id, start] of [[lastWeek.id, new Date(now - 7 * DAY)], [twoDaysAgo.id, new Date(now - 2 * DAY)]] as const) {
      await t.sql(
        "update operation set planned_start = $2, planned_day = ($2::timestamptz at time zone 'Europe/London')::date, disclosure_at = $2::timestamptz - interval '12 hours' where id = $1",
        [id, start.toISOString()],
      );
    }
    type Listed = { id: string; plannedStart: string };
    const readAll = async (first: number, betweenPages: () => void = () => undefined): Promise<Listed[]> => {
      const seen: Listed[] = [];
      let after: string | null = null;
      do {
        // Signed in again once a day has passed: sessions end long before that.
        const result: GqlResult<{ operations: { items: Listed[]; nextCursor: string | null } }> = await (await people.as(NORTHSHIRE_OFFICER)).gql(LIST, { first, after });
        expect(result.errors).toBeUndefined();
        seen.push(...(result.data?.operations.items ?? []));
        after = result.data?.operations.nextCursor ?? null;
        betweenPages();
      } while (after !== null);
      return seen;
    };

    const all = await readAll(100);
    const today = ukDate(t.clock.now());
    const upcoming = all.filter((op) => ukDate(new Date(op.plannedStart)) >= today);
    const earlier = all.filter((op) => ukDate(new Date(op.plannedStart)) < today);
    const startOf = (op: Listed) => Date.parse(op.plannedStart);
    expect(all).toEqual([...upcoming, ...earlier]);
    expect(upcoming.map(startOf)).toEqual(upcoming.map(startOf).sort((a, b) => a - b));
    expect(earlier.map(startOf)).toEqual(earlier.map(startOf).sort((a, b) => b - a));
    const position = (id: string) => all.findIndex((op) => op.id === id);
    expect(position(laterToday.id)).toBeLessThan(position(twoDaysAgo.id));
    expect(position(twoDaysAgo.id)).toBeLessThan(position(lastWeek.id));
    expect(earlier.length).toBeGreaterThanOrEqual(2);

    // Reading a page at a time while the day turns: the pages go on from the day the first was read.
    let turned = false;
    const acrossMidnight = await readAll(3, () => {
      if (!turned) t.clock.advance(DAY);
      turned = true;
    });
    expect(acrossMidnight.map((op) => op.id)).toEqual(all.map((op) => op.id));
  });
});
