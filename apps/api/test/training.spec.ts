import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { inTenantTransaction } from '@liaise/api-core';
import { SEEDED_COURSE_IDS, TrainingService, trainingStatus } from '@liaise/api-training';
import { addDays, addMonths, ukDate } from '@liaise/shared-domain';
import { DEMO_PEOPLE } from '../src/demo/demo-people.js';
import { DEMO_ORGANISATION_IDS, demoPerson } from './support/demo.js';
import { errorCode } from './support/graphql.js';
import { SignedInPeople } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const { northshire, harbour } = DEMO_ORGANISATION_IDS;

const PLATFORM_ADMIN = 'platform.admin@liaise.example';
const NORTHSHIRE_ADMIN = 'admin@northshire.police.example';
const NORTHSHIRE_MANAGER = 'manager@northshire.police.example';
const NORTHSHIRE_OFFICER = 'liaison.officer@northshire.police.example';
const WESTMERE_OFFICER = 'liaison.officer@westmere.police.example';
const HARBOUR_ADMIN = 'admin@harbourlights.example';
const HARBOUR_WORKER = 'outreach.worker@harbourlights.example';
const HARBOUR_MANAGER = 'manager@harbourlights.example';
const OPEN_DOOR_WORKER = 'outreach.worker@opendoor.example';

const RECORD = 'id userId provider completedOn expiresOn note status version course { id name validityMonths countsAsMsht }';
const MY_TRAINING = `{ myTraining { ${RECORD} } }`;
const COURSES = '{ trainingCourses { id name validityMonths countsAsMsht ownCourse } }';
const PEOPLE = `{ peopleTraining { user { id displayName role } mshtCurrent courses { course { id } status expiresOn recordId } records { id } } }`;
const ADD = `mutation($input: AddTrainingRecordInput!) { addTrainingRecord(input: $input) { ${RECORD} } }`;
const UPDATE = `mutation($input: UpdateTrainingRecordInput!) { updateTrainingRecord(input: $input) { ${RECORD} } }`;
const REMOVE = 'mutation($id: ID!) { removeTrainingRecord(id: $id) }';

interface Record_ {
  id: string;
  userId: string;
  provider: string;
  completedOn: string;
  expiresOn: string | null;
  note: string | null;
  status: string;
  version: number;
  course: { id: string; name: string };
}
interface Person {
  user: { id: string; displayName: string; role: string };
  mshtCurrent: boolean;
  courses: { course: { id: string }; status: string; expiresOn: string | null; recordId: string | null }[];
  records: { id: string }[];
}

let t: TestApp;
let today: string;
beforeAll(async () => {
  t = await startTestApp();
  today = ukDate(t.clock.now());
});
afterAll(() => t.close());

const people = new SignedInPeople(() => t);

const snapshot = () => t.sql('select * from training_record order by id');
const C = SEEDED_COURSE_IDS;

const add = async (email: string, input: Record<string, unknown>) => {
  const result = await (await people.as(email)).gql<{ addTrainingRecord: Record_ }>(ADD, { input });
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.addTrainingRecord;
};

describe('the demo data', () => {
  it('has expired and expiring training among the demo people', async () => {
    const rows = await t.sql<{ expires_on: string }>("select expires_on::text from training_record");
    const statuses = rows.map((row) => trainingStatus({ expiresOn: row.expires_on }, today));
    expect(statuses).toContain('EXPIRED');
    expect(statuses).toContain('EXPIRING');
    expect(statuses).toContain('CURRENT');
  });
});

describe('courses', () => {
  it('are the seeded shared courses, in order, for everyone in a partner organisation', async () => {
    for (const email of [NORTHSHIRE_OFFICER, HARBOUR_WORKER]) {
      const result = await (await people.as(email)).gql<{ trainingCourses: { name: string; validityMonths: number; countsAsMsht: boolean; ownCourse: boolean }[] }>(COURSES);
      expect(result.data?.trainingCourses.map((c) => [c.name, c.validityMonths, c.countsAsMsht, c.ownCourse])).toEqual([
        ['College of Policing MSHT frontline', 36, true, false],
        ['MSHT specialist investigator', 36, true, false],
        ['Home Office first responder', 24, true, false],
        ['Local MSHT awareness tier 1', 12, true, false],
        ['Local MSHT awareness tier 2', 24, true, false],
        ['Safeguarding', 36, false, false],
      ]);
    }
  });

  it("include an organisation's own courses for it alone", async () => {
    const own = randomUUID();
    await t.sql("insert into training_course (id, name, organisation_id, validity_months, position) values ($1, 'Harbour Lights induction', $2, null, 10)", [own, harbour]);
    const harbourCourses = await (await people.as(HARBOUR_WORKER)).gql<{ trainingCourses: { id: string; ownCourse: boolean }[] }>(COURSES);
    expect(harbourCourses.data?.trainingCourses.find((c) => c.id === own)).toMatchObject({ ownCourse: true });
    const northshireCourses = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ trainingCourses: { id: string }[] }>(COURSES);
    expect(northshireCourses.data?.trainingCourses.map((c) => c.id)).not.toContain(own);
    const refused = await (await people.as(NORTHSHIRE_OFFICER)).gql(ADD, { input: { courseId: own, provider: 'x', completedOn: today } });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Choose a course', extensions: { field: 'courseId' } });
  });
});

describe('my training', () => {
  beforeAll(async () => {
    // From here on the records are the tests' own, dated by the test clock.
    await t.sql('delete from training_record');
  });

  it('adds a record for myself, with the expiry from the course’s validity, audited', async () => {
    const record = await add(HARBOUR_WORKER, {
      courseId: C.localMshtAwarenessTier1,
      provider: ' Harbour Lights Project ',
      completedOn: addDays(today, -10),
      note: 'Refresher',
    });
    expect(record).toMatchObject({
      userId: demoPerson(HARBOUR_WORKER).id,
      provider: 'Harbour Lights Project',
      completedOn: addDays(today, -10),
      expiresOn: addMonths(addDays(today, -10), 12),
      note: 'Refresher',
      status: 'CURRENT',
      version: 1,
      course: { id: C.localMshtAwarenessTier1, name: 'Local MSHT awareness tier 1' },
    });
    const [entry] = await t.sql<{ action: string; organisation_id: string; detail: Record<string, unknown> }>(
      'select action, organisation_id, detail from audit_entry where subject_id = $1',
      [record.id],
    );
    expect(entry).toMatchObject({ action: 'training.record-added', organisation_id: harbour, detail: { userId: demoPerson(HARBOUR_WORKER).id } });
  });

  it('shows expired and expiring at the boundaries, by the clock', async () => {
    const cases: [string, string][] = [
      [addDays(today, -1), 'EXPIRED'],
      [today, 'EXPIRING'],
      [addDays(today, 30), 'EXPIRING'],
      [addDays(today, 31), 'CURRENT'],
    ];
    const ids = new Map<string, string>();
    for (const [expiresOn, expected] of cases) {
      const record = await add(NORTHSHIRE_OFFICER, { courseId: C.safeguarding, provider: 'College of Policing', completedOn: addDays(today, -400), expiresOn });
      expect({ expiresOn, status: record.status }).toEqual({ expiresOn, status: expected });
      ids.set(expiresOn, record.id);
    }
    const mine = await (await people.as(NORTHSHIRE_OFFICER)).gql<{ myTraining: Record_[] }>(MY_TRAINING);
    expect(new Map(mine.data?.myTraining.map((r) => [r.expiresOn ?? '', r.status]))).toEqual(new Map(cases));
    for (const id of ids.values()) await (await people.as(NORTHSHIRE_OFFICER)).gql(REMOVE, { id });
  });

  it('shows each person their own records only', async () => {
    const mine = await (await people.as(HARBOUR_MANAGER)).gql<{ myTraining: Record_[] }>(MY_TRAINING);
    expect(mine.data?.myTraining).toEqual([]);
  });

  it("refuses bad input with the field's message, and writes nothing", async () => {
    const before = await snapshot();
    const browser = await people.as(HARBOUR_WORKER);
    const valid = { courseId: C.safeguarding, provider: 'Harbour Lights Project', completedOn: addDays(today, -5) };
    for (const [overrides, message, field] of [
      [{ completedOn: addDays(today, 1) }, 'Date completed must be today or in the past', 'completedOn'],
      [{ completedOn: '2026-13-01' }, 'Date completed must be a real date', 'completedOn'],
      [{ expiresOn: addDays(today, -5) }, 'Expiry date must be after the date completed', 'expiresOn'],
      [{ expiresOn: addDays(today, -6) }, 'Expiry date must be after the date completed', 'expiresOn'],
      [{ expiresOn: '9999-12-31' }, 'Expiry date must be no more than 10 years after the date completed', 'expiresOn'],
      [{ expiresOn: addDays(addMonths(addDays(today, -5), 120), 1) }, 'Expiry date must be no more than 10 years after the date completed', 'expiresOn'],
      [{ completedOn: '1901-01-01' }, 'Date completed must be within the last 50 years', 'completedOn'],
      [{ courseId: randomUUID() }, 'Choose a course', 'courseId'],
    ] as const) {
      const result = await browser.gql(ADD, { input: { ...valid, ...overrides } });
      expect({ overrides, error: result.errors?.[0] }).toMatchObject({ overrides, error: { message, extensions: { field } } });
    }
    for (const [overrides, message] of [
      [{ provider: '  ' }, 'Enter the training provider'],
      [{ completedOn: '1 March 2026' }, 'Date completed must be a real date'],
      [{ note: 'x'.repeat(1001) }, 'Note must be 1000 characters or fewer'],
      [{ courseId: 'first aid' }, 'Choose a course'],
    ] as const) {
      const result = await browser.gql(ADD, { input: { ...valid, ...overrides } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('takes an expiry up to ten years after completion', async () => {
    const completedOn = addDays(today, -5);
    const added = await (await people.as(HARBOUR_WORKER)).gql<{ addTrainingRecord: Record_ }>(ADD, {
      input: { courseId: C.safeguarding, provider: 'Harbour Lights Project', completedOn, expiresOn: addMonths(completedOn, 120) },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data?.addTrainingRecord.expiresOn).toBe(addMonths(completedOn, 120));
    await (await people.as(HARBOUR_WORKER)).gql(REMOVE, { id: added.data?.addTrainingRecord.id });
  });

  it('changes my record, and refuses a stale save', async () => {
    const record = await add(HARBOUR_WORKER, { courseId: C.localMshtAwarenessTier2, provider: 'Harbour Lights', completedOn: addDays(today, -100) });
    const browser = await people.as(HARBOUR_WORKER);
    const changed = await browser.gql<{ updateTrainingRecord: Record_ }>(UPDATE, {
      input: { id: record.id, version: 1, courseId: C.localMshtAwarenessTier2, provider: 'Harbour Lights Project', completedOn: addDays(today, -90), expiresOn: addDays(today, 20) },
    });
    expect(changed.data?.updateTrainingRecord).toMatchObject({ provider: 'Harbour Lights Project', expiresOn: addDays(today, 20), status: 'EXPIRING', version: 2 });
    const before = await snapshot();
    const stale = await browser.gql(UPDATE, {
      input: { id: record.id, version: 1, courseId: C.localMshtAwarenessTier2, provider: 'Someone else', completedOn: addDays(today, -90) },
    });
    expect(stale.errors?.[0]).toMatchObject({
      message: 'Someone else changed this training record while you were editing it. Check it and make your changes again.',
      extensions: { code: 'STALE' },
    });
    expect(await snapshot()).toEqual(before);
    const actions = await t.sql<{ action: string }>('select action from audit_entry where subject_id = $1 order by seq', [record.id]);
    expect(actions.map((a) => a.action)).toEqual(['training.record-added', 'training.record-updated']);
  });

  it('removes my record, audited', async () => {
    const record = await add(HARBOUR_WORKER, { courseId: C.homeOfficeFirstResponder, provider: 'Home Office', completedOn: addDays(today, -3) });
    const removed = await (await people.as(HARBOUR_WORKER)).gql<{ removeTrainingRecord: boolean }>(REMOVE, { id: record.id });
    expect(removed.data?.removeTrainingRecord).toBe(true);
    expect(await t.sql('select id from training_record where id = $1', [record.id])).toEqual([]);
    const [entry] = await t.sql<{ action: string; detail: Record<string, unknown> }>('select action, detail from audit_entry where subject_id = $1 order by seq desc limit 1', [record.id]);
    expect(entry).toMatchObject({ action: 'training.record-removed', detail: { courseId: C.homeOfficeFirstResponder } });
  });
});

describe("other people's training", () => {
  let colleagueRecord: Record_;
  beforeAll(async () => {
    colleagueRecord = await add(HARBOUR_MANAGER, { courseId: C.safeguarding, provider: 'Harbour Lights Project', completedOn: addDays(today, -30) });
  });

  it("is kept by the organisation's administrator", async () => {
    const added = await add(HARBOUR_ADMIN, { userId: demoPerson(HARBOUR_MANAGER).id, courseId: C.localMshtAwarenessTier1, provider: 'Local partnership', completedOn: addDays(today, -1) });
    expect(added.userId).toBe(demoPerson(HARBOUR_MANAGER).id);
    const [row] = await t.sql<{ recorded_by_user_id: string }>('select recorded_by_user_id from training_record where id = $1', [added.id]);
    expect(row?.recorded_by_user_id).toBe(demoPerson(HARBOUR_ADMIN).id);
    const changed = await (await people.as(HARBOUR_ADMIN)).gql<{ updateTrainingRecord: Record_ }>(UPDATE, {
      input: { id: added.id, version: 1, courseId: C.localMshtAwarenessTier1, provider: 'Local MSHT partnership', completedOn: addDays(today, -1) },
    });
    expect(changed.data?.updateTrainingRecord.provider).toBe('Local MSHT partnership');
    expect((await (await people.as(HARBOUR_ADMIN)).gql(REMOVE, { id: added.id })).data).toEqual({ removeTrainingRecord: true });
  });

  it('is read one record at a time by its owner and their administrator only', async () => {
    const ONE = `query($id: ID!) { trainingRecord(id: $id) { id provider status } }`;
    const own = await (await people.as(HARBOUR_MANAGER)).gql<{ trainingRecord: { id: string } }>(ONE, { id: colleagueRecord.id });
    expect(own.data?.trainingRecord.id).toBe(colleagueRecord.id);
    const admin = await (await people.as(HARBOUR_ADMIN)).gql<{ trainingRecord: { id: string } }>(ONE, { id: colleagueRecord.id });
    expect(admin.data?.trainingRecord.id).toBe(colleagueRecord.id);
    expect(errorCode(await (await people.as(HARBOUR_WORKER)).gql(ONE, { id: colleagueRecord.id }))).toBe('NOT_FOUND');
    const outsider = await people.as(NORTHSHIRE_ADMIN);
    expect(await outsider.gql(ONE, { id: colleagueRecord.id })).toEqual(await outsider.gql(ONE, { id: randomUUID() }));
  });

  it('is not kept by colleagues who are not administrators', async () => {
    const before = await snapshot();
    const worker = await people.as(HARBOUR_WORKER);
    const adding = await worker.gql(ADD, { input: { userId: demoPerson(HARBOUR_MANAGER).id, courseId: C.safeguarding, provider: 'x', completedOn: today } });
    expect(errorCode(adding)).toBe('NOT_FOUND');
    const changing = await worker.gql(UPDATE, {
      input: { id: colleagueRecord.id, version: 1, courseId: C.safeguarding, provider: 'x', completedOn: today },
    });
    expect(errorCode(changing)).toBe('NOT_FOUND');
    expect(errorCode(await worker.gql(REMOVE, { id: colleagueRecord.id }))).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it("is out of reach of another organisation's administrator: the same answer as a random id", async () => {
    const before = await snapshot();
    const outsider = await people.as(NORTHSHIRE_ADMIN);
    const real = await outsider.gql(REMOVE, { id: colleagueRecord.id });
    expect(errorCode(real)).toBe('NOT_FOUND');
    expect(real).toEqual(await outsider.gql(REMOVE, { id: randomUUID() }));
    const update = (id: string) =>
      outsider.gql(UPDATE, { input: { id, version: 1, courseId: C.safeguarding, provider: 'x', completedOn: today } });
    expect(await update(colleagueRecord.id)).toEqual(await update(randomUUID()));
    const addFor = (userId: string) => outsider.gql(ADD, { input: { userId, courseId: C.safeguarding, provider: 'x', completedOn: today } });
    expect(errorCode(await addFor(demoPerson(HARBOUR_MANAGER).id))).toBe('NOT_FOUND');
    expect(await addFor(demoPerson(HARBOUR_MANAGER).id)).toEqual(await addFor(randomUUID()));
    expect(await snapshot()).toEqual(before);
  });
});

describe('the people training overview', () => {
  beforeAll(async () => {
    await add(NORTHSHIRE_OFFICER, { courseId: C.collegeOfPolicingMshtFrontline, provider: 'College of Policing', completedOn: addDays(today, -100) });
    await add(NORTHSHIRE_MANAGER, { courseId: C.collegeOfPolicingMshtFrontline, provider: 'College of Policing', completedOn: addDays(today, -1000), expiresOn: addDays(today, 10) });
    await add(NORTHSHIRE_ADMIN, { courseId: C.localMshtAwarenessTier1, provider: 'Local partnership', completedOn: addDays(today, -400), expiresOn: addDays(today, -35) });
  });

  it("shows administrators and managers everyone in their organisation, per course", async () => {
    for (const email of [NORTHSHIRE_ADMIN, NORTHSHIRE_MANAGER]) {
      const result = await (await people.as(email)).gql<{ peopleTraining: Person[] }>(PEOPLE);
      expect(result.errors).toBeUndefined();
      const everyone = result.data?.peopleTraining ?? [];
      expect(everyone.map((p) => p.user.id).sort()).toEqual(
        DEMO_PEOPLE.filter((p) => p.organisationId === northshire)
          .map((p) => p.id)
          .sort(),
      );
      const statusOf = (person: string, course: string) =>
        everyone.find((p) => p.user.id === demoPerson(person).id)?.courses.find((c) => c.course.id === course)?.status;
      expect(statusOf(NORTHSHIRE_OFFICER, C.collegeOfPolicingMshtFrontline)).toBe('CURRENT');
      expect(statusOf(NORTHSHIRE_MANAGER, C.collegeOfPolicingMshtFrontline)).toBe('EXPIRING');
      expect(statusOf(NORTHSHIRE_ADMIN, C.localMshtAwarenessTier1)).toBe('EXPIRED');
      expect(statusOf(NORTHSHIRE_ADMIN, C.safeguarding)).toBe('NONE');
      expect(everyone.find((p) => p.user.id === demoPerson(NORTHSHIRE_MANAGER).id)?.mshtCurrent).toBe(true);
      expect(everyone.find((p) => p.user.id === demoPerson(NORTHSHIRE_ADMIN).id)?.mshtCurrent).toBe(false);
    }
  });

  it('is not for workers, officers or the platform administrator', async () => {
    for (const email of [NORTHSHIRE_OFFICER, HARBOUR_WORKER, PLATFORM_ADMIN]) {
      expect({ email, code: errorCode(await (await people.as(email)).gql(PEOPLE)) }).toEqual({ email, code: 'NOT_FOUND' });
    }
  });
});

describe('TrainingService.currentMshtTraining', () => {
  const ask = (organisationId: string, emails: string[]) => {
    const service = t.app.get(TrainingService);
    return inTenantTransaction(t.app.get(DataSource), { organisationId }, async (manager) =>
      Object.fromEntries(await service.currentMshtTraining(manager, emails.map((email) => demoPerson(email).id))),
    );
  };

  beforeAll(async () => {
    await add(HARBOUR_WORKER, { courseId: C.localMshtAwarenessTier2, provider: 'Harbour Lights', completedOn: addDays(today, -20) });
    await add(WESTMERE_OFFICER, { courseId: C.homeOfficeFirstResponder, provider: 'Home Office', completedOn: addDays(today, -20) });
    await add(OPEN_DOOR_WORKER, { courseId: C.localMshtAwarenessTier1, provider: 'Local partnership', completedOn: addDays(today, -20) });
  });

  it('answers for my people and those of active partners, counting expiring but not expired, and not safeguarding', async () => {
    const answer = await ask(northshire, [NORTHSHIRE_OFFICER, NORTHSHIRE_MANAGER, NORTHSHIRE_ADMIN, HARBOUR_WORKER, HARBOUR_MANAGER, WESTMERE_OFFICER, OPEN_DOOR_WORKER]);
    expect(answer).toEqual({
      [demoPerson(NORTHSHIRE_OFFICER).id]: true,
      [demoPerson(NORTHSHIRE_MANAGER).id]: true, // expiring in 10 days
      [demoPerson(NORTHSHIRE_ADMIN).id]: false, // expired
      [demoPerson(HARBOUR_WORKER).id]: true, // an active partner's
      [demoPerson(HARBOUR_MANAGER).id]: false, // safeguarding only
      [demoPerson(WESTMERE_OFFICER).id]: false, // trained, but not a partner's
      [demoPerson(OPEN_DOOR_WORKER).id]: false, // trained, but the partnership is only proposed
    });
  });

  it('answers false, not an error, for ids that are unknown or malformed', async () => {
    const service = t.app.get(TrainingService);
    const answer = await inTenantTransaction(t.app.get(DataSource), { organisationId: northshire }, (manager) =>
      service.currentMshtTraining(manager, ['nonsense', randomUUID()]),
    );
    expect([...answer.values()]).toEqual([false, false]);
  });
});

describe('the next day', () => {
  it('shows what expired today as expired, and what had 31 days left as expiring', async () => {
    const expiringToday = await add(HARBOUR_WORKER, { courseId: C.safeguarding, provider: 'x', completedOn: addDays(today, -400), expiresOn: today });
    const in31Days = await add(HARBOUR_WORKER, { courseId: C.safeguarding, provider: 'x', completedOn: addDays(today, -400), expiresOn: addDays(today, 31) });
    t.clock.advance(24 * 60 * 60 * 1000);
    people.forgetAll();
    const tomorrow = await (await people.as(HARBOUR_WORKER)).gql<{ myTraining: Record_[] }>(MY_TRAINING);
    const statusOf = (id: string) => tomorrow.data?.myTraining.find((r) => r.id === id)?.status;
    expect(statusOf(expiringToday.id)).toBe('EXPIRED');
    expect(statusOf(in31Days.id)).toBe('EXPIRING');
  });
});
