import { checkOperationDetails, OPERATION_DETAILS_LIMITS as LIMITS, type DetailsContext, type DetailsProblem, type OperationDetails } from './operation-details.js';

const NOW = new Date('2026-11-28T09:00:00Z');
const START = new Date('2026-12-03T20:00:00Z');

const details = (overrides: Partial<OperationDetails> = {}): OperationDetails => ({
  reference: ' NS-1 ',
  type: 'WELFARE_VISIT',
  plannedStart: START,
  expectedDurationMinutes: 120,
  generalArea: 'Port Allen PA1',
  addresses: [' 1 Quay Street '],
  expectedPeople: 3,
  expectedLanguages: ['Romanian', 'romanian', 'Thai'],
  dependentsExpected: false,
  mediaDecision: 'NO_MEDIA',
  safeguardingLeadName: 'DS Nair',
  safeguardingLeadRole: 'Detective Sergeant',
  officersAttending: 4,
  femaleOfficersAttending: 2,
  interpreterArranged: true,
  proportionalityStatement: 'Welfare first.',
  ...overrides,
});

/** The problems with details that differ from the good ones by `overrides` (none: the details pass). */
const problemsWith = (overrides: Partial<OperationDetails>, context: DetailsContext = { now: NOW }): readonly DetailsProblem[] =>
  checkOperationDetails(details(overrides), context).problems;

/** The details as stored, when they pass. */
function stored(overrides: Partial<OperationDetails> = {}, context: DetailsContext = { now: NOW }) {
  const checked = checkOperationDetails(details(overrides), context);
  expect(checked.problems).toEqual([]);
  return checked.details;
}

const text = (length: number) => 'x'.repeat(length);
const list = (length: number, each = 'Entry') => Array.from({ length }, (_, i) => `${each} ${i}`);

describe('checkOperationDetails', () => {
  it('tidies what it stores and sets the disclosure 12 hours before the start by default', () => {
    expect(stored()).toMatchObject({
      reference: 'NS-1',
      addresses: ['1 Quay Street'],
      expectedLanguages: ['romanian', 'Thai'],
      plannedDay: '2026-12-03',
      disclosureAt: new Date('2026-12-03T08:00:00Z'),
      briefingPoint: null,
      noFemaleOfficersReason: null,
    });
  });

  it.each<[string, Partial<OperationDetails>, DetailsProblem]>([
    ['no reference', { reference: '  ' }, { field: 'reference', code: 'REQUIRED' }],
    ['no type', { type: '' as never }, { field: 'type', code: 'REQUIRED' }],
    ['a start that is not a date', { plannedStart: new Date(Number.NaN) }, { field: 'plannedStart', code: 'INVALID_DATE' }],
    ['a start in the past', { plannedStart: new Date('2026-11-27T09:00:00Z') }, { field: 'plannedStart', code: 'IN_THE_PAST' }],
    ['a start now', { plannedStart: NOW }, { field: 'plannedStart', code: 'IN_THE_PAST' }],
    ['a start more than two years ahead', { plannedStart: new Date('2028-11-28T09:00:01Z') }, { field: 'plannedStart', code: 'TOO_LATE', params: { years: 2 } }],
    ['a start in the year 275760', { plannedStart: new Date(8.64e15) }, { field: 'plannedStart', code: 'TOO_LATE', params: { years: 2 } }],
    ['a duration in part minutes', { expectedDurationMinutes: 90.5 }, { field: 'expectedDurationMinutes', code: 'NOT_A_WHOLE_NUMBER' }],
    ['a duration under 15 minutes', { expectedDurationMinutes: 14 }, { field: 'expectedDurationMinutes', code: 'TOO_SMALL', params: { min: 15 } }],
    ['a duration over 7 days', { expectedDurationMinutes: 10081 }, { field: 'expectedDurationMinutes', code: 'TOO_LARGE', params: { max: 10080 } }],
    ['no general area', { generalArea: '' }, { field: 'generalArea', code: 'REQUIRED' }],
    ['a general area too long', { generalArea: text(121) }, { field: 'generalArea', code: 'TOO_LONG', params: { max: 120 } }],
    ['no address', { addresses: [] }, { field: 'addresses', code: 'REQUIRED' }],
    ['a blank address', { addresses: ['1 Quay Street', '  '] }, { field: 'addresses', code: 'REQUIRED', params: { entry: 2 } }],
    ['21 addresses', { addresses: list(21) }, { field: 'addresses', code: 'TOO_MANY', params: { max: 20 } }],
    ['an address too long', { addresses: ['1 Quay Street', text(301)] }, { field: 'addresses', code: 'TOO_LONG', params: { max: 300, entry: 2 } }],
    ['a briefing point too long', { briefingPoint: text(301) }, { field: 'briefingPoint', code: 'TOO_LONG', params: { max: 300 } }],
    ['a briefing point that is not text', { briefingPoint: 7 as never }, { field: 'briefingPoint', code: 'BAD_USER_INPUT' }],
    ['a negative number of people', { expectedPeople: -1 }, { field: 'expectedPeople', code: 'TOO_SMALL', params: { min: 0 } }],
    ['501 people', { expectedPeople: 501 }, { field: 'expectedPeople', code: 'TOO_LARGE', params: { max: 500 } }],
    ['languages that are not a list', { expectedLanguages: 'Thai' as never }, { field: 'expectedLanguages', code: 'BAD_USER_INPUT' }],
    ['a blank language', { expectedLanguages: ['Thai', ' '] }, { field: 'expectedLanguages', code: 'REQUIRED', params: { entry: 2 } }],
    ['a language too long', { expectedLanguages: [text(61)] }, { field: 'expectedLanguages', code: 'TOO_LONG', params: { max: 60, entry: 1 } }],
    ['21 languages', { expectedLanguages: list(21, 'Language') }, { field: 'expectedLanguages', code: 'TOO_MANY', params: { max: 20 } }],
    ['no answer about dependents', { dependentsExpected: undefined as never }, { field: 'dependentsExpected', code: 'REQUIRED' }],
    ['dependents without arrangements', { dependentsExpected: true }, { field: 'dependentsArrangements', code: 'REQUIRED' }],
    ['arrangements too long', { dependentsExpected: true, dependentsArrangements: text(2001) }, { field: 'dependentsArrangements', code: 'TOO_LONG', params: { max: 2000 } }],
    ['no media decision', { mediaDecision: 'MAYBE' as never }, { field: 'mediaDecision', code: 'REQUIRED' }],
    ['media by agreement without a reason', { mediaDecision: 'BY_AGREEMENT' }, { field: 'mediaReason', code: 'REQUIRED' }],
    ['a media reason too long', { mediaDecision: 'BY_AGREEMENT', mediaReason: text(2001) }, { field: 'mediaReason', code: 'TOO_LONG', params: { max: 2000 } }],
    ['no safeguarding lead', { safeguardingLeadName: '' }, { field: 'safeguardingLeadName', code: 'REQUIRED' }],
    ['a safeguarding lead’s name too long', { safeguardingLeadName: text(201) }, { field: 'safeguardingLeadName', code: 'TOO_LONG', params: { max: 200 } }],
    ['no safeguarding lead’s role', { safeguardingLeadRole: ' ' }, { field: 'safeguardingLeadRole', code: 'REQUIRED' }],
    ['a safeguarding lead’s role too long', { safeguardingLeadRole: text(201) }, { field: 'safeguardingLeadRole', code: 'TOO_LONG', params: { max: 200 } }],
    ['officers in part', { officersAttending: 1.5 }, { field: 'officersAttending', code: 'NOT_A_WHOLE_NUMBER' }],
    ['1001 officers', { officersAttending: 1001 }, { field: 'officersAttending', code: 'TOO_LARGE', params: { max: 1000 } }],
    ['negative female officers', { femaleOfficersAttending: -1 }, { field: 'femaleOfficersAttending', code: 'TOO_SMALL', params: { min: 0 } }],
    ['more female officers than officers', { femaleOfficersAttending: 5 }, { field: 'femaleOfficersAttending', code: 'TOO_LARGE', params: { max: 4, than: 'officersAttending' } }],
    ['no female officers and no reason', { femaleOfficersAttending: 0 }, { field: 'noFemaleOfficersReason', code: 'REQUIRED' }],
    ['a reason for no female officers too long', { femaleOfficersAttending: 0, noFemaleOfficersReason: text(2001) }, { field: 'noFemaleOfficersReason', code: 'TOO_LONG', params: { max: 2000 } }],
    ['no answer about an interpreter', { interpreterArranged: null as never }, { field: 'interpreterArranged', code: 'REQUIRED' }],
    ['a blank proportionality statement', { proportionalityStatement: ' ' }, { field: 'proportionalityStatement', code: 'REQUIRED' }],
    ['a proportionality statement too long', { proportionalityStatement: text(4001) }, { field: 'proportionalityStatement', code: 'TOO_LONG', params: { max: 4000 } }],
    ['an intelligence reference too long', { intelligenceReference: text(101) }, { field: 'intelligenceReference', code: 'TOO_LONG', params: { max: 100 } }],
    ['a reference too long', { reference: text(101) }, { field: 'reference', code: 'TOO_LONG', params: { max: 100 } }],
    ['a partnership plan that is not an id', { partnershipPlanId: 'plan-1' }, { field: 'partnershipPlanId', code: 'BAD_USER_INPUT' }],
    ['a partnership plan too long to be an id', { partnershipPlanId: text(37) }, { field: 'partnershipPlanId', code: 'TOO_LONG', params: { max: 36 } }],
    ['a disclosure time that is not a date', { disclosureAt: new Date(Number.NaN) }, { field: 'disclosureAt', code: 'INVALID_DATE' }],
    ['a disclosure time after the start', { disclosureAt: new Date('2026-12-03T20:00:01Z') }, { field: 'disclosureAt', code: 'TOO_LATE' }],
    ['a disclosure time earlier than 12 hours before the start', { disclosureAt: new Date('2026-12-03T07:59:59Z') }, { field: 'disclosureAt', code: 'TOO_EARLY', params: { hours: 12 } }],
    ['a disclosure time in 1970', { disclosureAt: new Date(0) }, { field: 'disclosureAt', code: 'TOO_EARLY', params: { hours: 12 } }],
  ])('refuses %s', (_what, overrides, problem) => {
    expect(problemsWith(overrides)).toEqual([problem]);
  });

  it('takes every size up to its limit', () => {
    expect(
      stored({
        reference: text(LIMITS.reference),
        generalArea: text(LIMITS.generalArea),
        addresses: list(LIMITS.maxAddresses).map((address) => address.padEnd(LIMITS.address, '.')),
        briefingPoint: text(LIMITS.briefingPoint),
        expectedPeople: LIMITS.maxExpectedPeople,
        expectedLanguages: list(LIMITS.maxLanguages, 'Language').map((language) => language.padEnd(LIMITS.language, '.')),
        dependentsExpected: true,
        dependentsArrangements: text(LIMITS.longText),
        mediaDecision: 'BY_AGREEMENT',
        mediaReason: text(LIMITS.longText),
        safeguardingLeadName: text(LIMITS.name),
        safeguardingLeadRole: text(LIMITS.name),
        officersAttending: LIMITS.maxOfficers,
        femaleOfficersAttending: 0,
        noFemaleOfficersReason: text(LIMITS.longText),
        proportionalityStatement: text(LIMITS.statement),
        intelligenceReference: text(LIMITS.reference),
        partnershipPlanId: '0b6c3c1e-5d0f-4a43-9a4c-0f3c2b1a7e55',
      }),
    ).toBeDefined();
    expect(stored({ expectedDurationMinutes: LIMITS.minDurationMinutes })).toBeDefined();
    expect(stored({ expectedDurationMinutes: LIMITS.maxDurationMinutes, expectedPeople: 0, femaleOfficersAttending: 4 })).toBeDefined();
  });

  it('counts languages once each, whatever their case, before counting them', () => {
    const twice = [...list(LIMITS.maxLanguages, 'Language'), ...list(LIMITS.maxLanguages, 'LANGUAGE')];
    expect(stored({ expectedLanguages: twice })?.expectedLanguages).toHaveLength(LIMITS.maxLanguages);
  });

  it('gives every problem, at most one a field, in the order of the form', () => {
    expect(problemsWith({ reference: '', addresses: [], femaleOfficersAttending: 0, disclosureAt: new Date(0) }).map(({ field }) => field)).toEqual([
      'reference',
      'addresses',
      'noFemaleOfficersReason',
      'disclosureAt',
    ]);
  });

  it('checks what depends on another field only once that field is right', () => {
    expect(problemsWith({ plannedStart: new Date(Number.NaN), disclosureAt: new Date(0) })).toEqual([{ field: 'plannedStart', code: 'INVALID_DATE' }]);
    expect(problemsWith({ officersAttending: -1, femaleOfficersAttending: 2 })).toEqual([{ field: 'officersAttending', code: 'TOO_SMALL', params: { min: 0 } }]);
  });

  it('lets an operation running late keep its stored start, but not move to another past time', () => {
    const past = new Date('2026-11-28T08:00:00Z');
    expect(problemsWith({ plannedStart: past }, { now: NOW, storedStart: past })).toEqual([]);
    expect(problemsWith({ plannedStart: new Date('2026-11-28T07:00:00Z') }, { now: NOW, storedStart: past })).toEqual([{ field: 'plannedStart', code: 'IN_THE_PAST' }]);
  });

  it('takes a start two years ahead at most, and a disclosure time from 12 hours before the start up to the start', () => {
    expect(problemsWith({ plannedStart: new Date('2028-11-28T09:00:00Z') })).toEqual([]);
    expect(problemsWith({ disclosureAt: new Date('2026-12-03T08:00:00Z') })).toEqual([]);
    expect(problemsWith({ disclosureAt: START })).toEqual([]);
  });

  it('keeps a disclosure time an early release set, so the released details can be saved again', () => {
    const releasedEarlyAt = new Date('2026-11-28T08:30:00Z');
    expect(problemsWith({ disclosureAt: releasedEarlyAt }, { now: NOW, releasedEarlyAt })).toEqual([]);
    expect(problemsWith({ disclosureAt: new Date('2026-11-28T08:29:59Z') }, { now: NOW, releasedEarlyAt })).toEqual([
      { field: 'disclosureAt', code: 'TOO_EARLY', params: { hours: 12 } },
    ]);
  });

  it('never moves the disclosure later than an early release', () => {
    const releasedEarlyAt = new Date('2026-11-28T08:30:00Z');
    expect(stored({}, { now: NOW, releasedEarlyAt })?.disclosureAt).toEqual(releasedEarlyAt);
  });

  it('keeps the reasons only where they count', () => {
    expect(stored({ femaleOfficersAttending: 0, noFemaleOfficersReason: 'None on shift' })?.noFemaleOfficersReason).toBe('None on shift');
    expect(stored({ noFemaleOfficersReason: 'stale' })?.noFemaleOfficersReason).toBeNull();
    expect(stored({ mediaReason: 'stale' })?.mediaReason).toBeNull();
  });
});
