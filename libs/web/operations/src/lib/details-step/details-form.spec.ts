import { checkDetails, detailsFormOf, EMPTY_DETAILS, languagesOf, type DetailsForm } from './details-form.js';

const NOW = new Date('2026-11-28T09:00:00Z');
const AT_NOW = { now: NOW };

const FILLED: DetailsForm = {
  ...EMPTY_DETAILS,
  reference: ' OP-NS-0042 ',
  type: 'WELFARE_VISIT',
  start: { date: { day: '1', month: '12', year: '2026' }, time: '6:30' },
  durationHours: '2',
  durationMinutes: '30',
  generalArea: 'Harbourside, NS1 4',
  addresses: ['Flat 2, 14 Quay Street', '  ', '16 Quay Street'],
  briefingPoint: '',
  expectedPeople: '6',
  expectedLanguages: 'Romanian, Thai; romanian, ',
  dependentsExpected: 'no',
  dependentsArrangements: 'ignored when none are expected',
  mediaDecision: 'NO_MEDIA',
  mediaReason: 'ignored',
  safeguardingLeadName: 'DS Alex Reed',
  safeguardingLeadRole: 'Detective sergeant, safeguarding',
  officersAttending: '4',
  femaleOfficersAttending: '2',
  noFemaleOfficersReason: 'ignored',
  interpreterArranged: 'yes',
  proportionalityStatement: 'A welfare visit after concerns raised by partners.',
  intelligenceReference: '',
};

describe('checkDetails', () => {
  it('gives the details as the api takes them', () => {
    expect(checkDetails(FILLED, AT_NOW)).toEqual({
      problems: [],
      details: {
        reference: 'OP-NS-0042',
        type: 'WELFARE_VISIT',
        plannedStart: '2026-12-01T06:30:00.000Z',
        expectedDurationMinutes: 150,
        generalArea: 'Harbourside, NS1 4',
        addresses: ['Flat 2, 14 Quay Street', '16 Quay Street'],
        briefingPoint: null,
        expectedPeople: 6,
        expectedLanguages: ['Romanian', 'Thai'],
        dependentsExpected: false,
        dependentsArrangements: null,
        mediaDecision: 'NO_MEDIA',
        mediaReason: null,
        safeguardingLeadName: 'DS Alex Reed',
        safeguardingLeadRole: 'Detective sergeant, safeguarding',
        officersAttending: 4,
        femaleOfficersAttending: 2,
        noFemaleOfficersReason: null,
        interpreterArranged: true,
        proportionalityStatement: 'A welfare visit after concerns raised by partners.',
        intelligenceReference: null,
        partnershipPlanId: null,
        disclosureAt: null,
      },
    });
  });

  it('asks for everything required, each on its field, in the form’s order', () => {
    const { problems, details } = checkDetails(EMPTY_DETAILS, AT_NOW);
    expect(details).toBeUndefined();
    expect(problems).toEqual([
      { field: 'reference', code: 'REQUIRED' },
      { field: 'type', code: 'REQUIRED' },
      { field: 'plannedStart', code: 'REQUIRED' },
      { field: 'expectedDurationMinutes', code: 'REQUIRED' },
      { field: 'generalArea', code: 'REQUIRED' },
      { field: 'addresses', code: 'REQUIRED' },
      { field: 'expectedPeople', code: 'REQUIRED' },
      { field: 'dependentsExpected', code: 'REQUIRED' },
      { field: 'mediaDecision', code: 'REQUIRED' },
      { field: 'safeguardingLeadName', code: 'REQUIRED' },
      { field: 'safeguardingLeadRole', code: 'REQUIRED' },
      { field: 'officersAttending', code: 'REQUIRED' },
      { field: 'femaleOfficersAttending', code: 'REQUIRED' },
      { field: 'interpreterArranged', code: 'REQUIRED' },
      { field: 'proportionalityStatement', code: 'REQUIRED' },
    ]);
  });

  it('asks for the reasons the answers need', () => {
    const { problems } = checkDetails(
      { ...FILLED, dependentsExpected: 'yes', dependentsArrangements: ' ', mediaDecision: 'BY_AGREEMENT', mediaReason: '', femaleOfficersAttending: '0', noFemaleOfficersReason: '' },
      AT_NOW,
    );
    expect(problems).toEqual([
      { field: 'dependentsArrangements', code: 'REQUIRED' },
      { field: 'mediaReason', code: 'REQUIRED' },
      { field: 'noFemaleOfficersReason', code: 'REQUIRED' },
    ]);
    const { details } = checkDetails(
      { ...FILLED, dependentsExpected: 'yes', dependentsArrangements: 'Children’s services on call', mediaDecision: 'BY_AGREEMENT', mediaReason: 'Press office', femaleOfficersAttending: '0', noFemaleOfficersReason: 'None on shift' },
      AT_NOW,
    );
    expect(details).toMatchObject({ dependentsArrangements: 'Children’s services on call', mediaReason: 'Press office', noFemaleOfficersReason: 'None on shift' });
  });

  it('does not check an answer the form hides', () => {
    expect(checkDetails({ ...FILLED, femaleOfficersAttending: '2', noFemaleOfficersReason: 'x'.repeat(5000) }, AT_NOW).problems).toEqual([]);
  });

  it('refuses a start in the past or too far ahead, a wrong time, bad numbers, and a disclosure after the start or too early', () => {
    expect(checkDetails({ ...FILLED, start: { ...FILLED.start, date: { day: '27', month: '11', year: '2026' } } }, AT_NOW).problems).toEqual([
      { field: 'plannedStart', code: 'IN_THE_PAST' },
    ]);
    expect(checkDetails({ ...FILLED, start: { ...FILLED.start, time: '6' } }, AT_NOW).problems).toEqual([{ field: 'plannedStartTime', code: 'INVALID_DATE' }]);
    expect(checkDetails({ ...FILLED, start: { ...FILLED.start, date: { day: '31', month: '2', year: '2027' } } }, AT_NOW).problems).toEqual([
      { field: 'plannedStart', code: 'INVALID_DATE' },
    ]);
    expect(checkDetails({ ...FILLED, start: { ...FILLED.start, date: { day: '1', month: '12', year: '9999' } } }, AT_NOW).problems).toEqual([
      { field: 'plannedStart', code: 'TOO_LATE', params: { years: 2 } },
    ]);
    expect(checkDetails({ ...FILLED, durationMinutes: '75', expectedPeople: 'six', officersAttending: '2', femaleOfficersAttending: '3' }, AT_NOW).problems).toEqual([
      { field: 'expectedDurationMinutes', code: 'NOT_A_WHOLE_NUMBER' },
      { field: 'expectedPeople', code: 'NOT_A_WHOLE_NUMBER' },
      { field: 'femaleOfficersAttending', code: 'TOO_LARGE', params: { max: 2, than: 'officersAttending' } },
    ]);
    expect(checkDetails({ ...FILLED, disclosure: { date: { day: '1', month: '12', year: '2026' }, time: '07:00' } }, AT_NOW).problems).toEqual([
      { field: 'disclosureAt', code: 'TOO_LATE' },
    ]);
    expect(checkDetails({ ...FILLED, disclosure: { date: { day: '30', month: '11', year: '2026' }, time: '18:00' } }, AT_NOW).problems).toEqual([
      { field: 'disclosureAt', code: 'TOO_EARLY', params: { hours: 12 } },
    ]);
    expect(checkDetails({ ...FILLED, disclosure: { date: { day: '30', month: '11', year: '2026' }, time: '' } }, AT_NOW).problems).toEqual([
      { field: 'disclosureAtTime', code: 'REQUIRED' },
    ]);
    expect(checkDetails({ ...FILLED, disclosure: { date: { day: '30', month: '11', year: '2026' }, time: '19:00' } }, AT_NOW).details?.disclosureAt).toBe('2026-11-30T19:00:00.000Z');
  });

  it('applies the shared limits: a duration of at least 15 minutes, texts no longer than theirs', () => {
    expect(checkDetails({ ...FILLED, durationHours: '', durationMinutes: '10', reference: 'R'.repeat(101), proportionalityStatement: 'p'.repeat(4001) }, AT_NOW).problems).toEqual([
      { field: 'reference', code: 'TOO_LONG', params: { max: 100 } },
      { field: 'expectedDurationMinutes', code: 'TOO_SMALL', params: { min: 15 } },
      { field: 'proportionalityStatement', code: 'TOO_LONG', params: { max: 4000 } },
    ]);
  });

  it('lets a start left as stored have passed, as the api does', () => {
    const started = { ...FILLED, start: { date: { day: '27', month: '11', year: '2026' }, time: '06:30' } };
    expect(checkDetails(started, { now: NOW, storedStart: new Date('2026-11-27T06:30:00Z') }).problems).toEqual([]);
  });
});

describe('detailsFormOf', () => {
  it('fills the form from a saved operation, the default disclosure time left empty', () => {
    const { details } = checkDetails(FILLED, AT_NOW);
    if (details === undefined) throw new Error('expected details');
    const saved = { ...details, disclosureAt: '2026-11-30T18:30:00.000Z' };
    const form = detailsFormOf(saved, 12);
    expect(form.start).toEqual({ date: { day: '1', month: '12', year: '2026' }, time: '06:30' });
    expect(form.disclosure).toEqual({ date: { day: '', month: '', year: '' }, time: '' });
    expect(form.expectedLanguages).toBe('Romanian, Thai');
    expect(checkDetails(form, AT_NOW).details).toEqual(details);
    expect(detailsFormOf({ ...saved, disclosureAt: '2026-11-30T20:00:00.000Z' }, 12).disclosure.time).toBe('20:00');
  });
});

describe('languagesOf', () => {
  it('splits on commas, semicolons and lines, each language once', () => {
    expect(languagesOf('Polish,  Romanian\nThai;polish')).toEqual(['Polish', 'Romanian', 'Thai']);
    expect(languagesOf(' ')).toEqual([]);
  });
});
