import { DomainError } from '@liaise/api-core';
import { checkChecklistAnswers, checkOperationDetails, metRefusal, type ChecklistFacts, type DetailsContext, type OperationDetails } from './operation-rules.js';

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

/** The field a refusal names, or null when the details pass. */
function refusedField(input: OperationDetails, context: DetailsContext = { now: NOW }): string | null {
  try {
    checkOperationDetails(input, context);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.field ?? '(no field)';
  }
}

describe('checkOperationDetails', () => {
  it('tidies what it stores and sets the disclosure 12 hours before the start by default', () => {
    const checked = checkOperationDetails(details(), { now: NOW });
    expect(checked).toMatchObject({
      reference: 'NS-1',
      addresses: ['1 Quay Street'],
      expectedLanguages: ['romanian', 'Thai'],
      plannedDay: '2026-12-03',
      disclosureAt: new Date('2026-12-03T08:00:00Z'),
      noFemaleOfficersReason: null,
    });
  });

  it.each([
    ['a start in the past', { plannedStart: new Date('2026-11-27T09:00:00Z') }, 'plannedStart'],
    ['a disclosure time after the start', { disclosureAt: new Date('2026-12-03T20:00:01Z') }, 'disclosureAt'],
    ['a disclosure time earlier than 12 hours before the start', { disclosureAt: new Date('2026-12-03T07:59:59Z') }, 'disclosureAt'],
    ['a disclosure time in 1970', { disclosureAt: new Date(0) }, 'disclosureAt'],
    ['a start more than two years ahead', { plannedStart: new Date('2028-11-28T09:00:01Z') }, 'plannedStart'],
    ['a start in the year 275760', { plannedStart: new Date(8.64e15) }, 'plannedStart'],
    ['no address', { addresses: [] }, 'addresses'],
    ['a blank address', { addresses: ['1 Quay Street', '  '] }, 'addresses'],
    ['21 addresses', { addresses: Array.from({ length: 21 }, (_, i) => `${i} Quay Street`) }, 'addresses'],
    ['no female officers and no reason', { femaleOfficersAttending: 0 }, 'noFemaleOfficersReason'],
    ['more female officers than officers', { femaleOfficersAttending: 5 }, 'femaleOfficersAttending'],
    ['dependents without arrangements', { dependentsExpected: true }, 'dependentsArrangements'],
    ['media by agreement without a reason', { mediaDecision: 'BY_AGREEMENT' as const }, 'mediaReason'],
    ['a duration under 15 minutes', { expectedDurationMinutes: 10 }, 'expectedDurationMinutes'],
    ['a negative number of people', { expectedPeople: -1 }, 'expectedPeople'],
    ['a blank proportionality statement', { proportionalityStatement: ' ' }, 'proportionalityStatement'],
    ['a partnership plan that is not an id', { partnershipPlanId: 'plan-1' }, 'partnershipPlanId'],
  ])('refuses %s, naming the field', (_what, overrides, field) => {
    expect(refusedField(details(overrides))).toBe(field);
  });

  it('lets an operation running late keep its stored start, but not move to another past time', () => {
    const past = new Date('2026-11-28T08:00:00Z');
    expect(refusedField(details({ plannedStart: past }), { now: NOW, storedStart: past })).toBeNull();
    expect(refusedField(details({ plannedStart: new Date('2026-11-28T07:00:00Z') }), { now: NOW, storedStart: past })).toBe('plannedStart');
  });

  it('takes a start two years ahead at most, and a disclosure time from 12 hours before the start up to the start', () => {
    expect(refusedField(details({ plannedStart: new Date('2028-11-28T09:00:00Z') }))).toBeNull();
    expect(refusedField(details({ disclosureAt: new Date('2026-12-03T08:00:00Z') }))).toBeNull();
    expect(refusedField(details({ disclosureAt: START }))).toBeNull();
  });

  it('keeps a disclosure time an early release set, so the released details can be saved again', () => {
    const releasedEarlyAt = new Date('2026-11-28T08:30:00Z');
    expect(refusedField(details({ disclosureAt: releasedEarlyAt }), { now: NOW, releasedEarlyAt })).toBeNull();
    expect(refusedField(details({ disclosureAt: new Date('2026-11-28T08:29:59Z') }), { now: NOW, releasedEarlyAt })).toBe('disclosureAt');
  });

  it('never moves the disclosure later than an early release', () => {
    const releasedEarlyAt = new Date('2026-11-28T08:30:00Z');
    expect(checkOperationDetails(details(), { now: NOW, releasedEarlyAt }).disclosureAt).toEqual(releasedEarlyAt);
  });

  it('keeps the reason for no female officers only when none attend', () => {
    expect(checkOperationDetails(details({ femaleOfficersAttending: 0, noFemaleOfficersReason: 'None on shift' }), { now: NOW }).noFemaleOfficersReason).toBe(
      'None on shift',
    );
    expect(checkOperationDetails(details({ noFemaleOfficersReason: 'stale' }), { now: NOW }).noFemaleOfficersReason).toBeNull();
  });
});

const FACTS: ChecklistFacts = {
  safeguardingLeadName: 'DS Nair',
  dependentsExpected: false,
  dependentsArrangements: null,
  femaleOfficersAttending: 1,
  proportionalityStatement: 'Welfare first.',
  mediaDecision: 'NO_MEDIA',
  mediaReason: null,
};

describe('the checklist', () => {
  it.each([
    ['safeguarding', { dependentsExpected: true }, 'dependentsArrangements'],
    ['safeguarding', { safeguardingLeadName: ' ' }, 'safeguardingLeadName'],
    ['female-officers', { femaleOfficersAttending: 0 }, 'femaleOfficersAttending'],
    ['proportionality', { proportionalityStatement: '' }, 'proportionalityStatement'],
    ['media', { mediaDecision: 'BY_AGREEMENT' as const }, 'mediaReason'],
    ['msht-training', { namedOfficersWithoutMshtTraining: 1 }, 'namedOfficers'],
  ])('cannot answer %s met while %j', (key, facts, field) => {
    expect(metRefusal(key, { ...FACTS, ...facts })?.field).toBe(field);
    expect(metRefusal(key, FACTS)).toBeNull();
  });

  const items = new Map([
    ['dignity', { title: 'Dignity' }],
    ['media', { title: 'Media' }],
  ]);

  it('needs a reason for not met and not applicable, and knows only the operation’s own items', () => {
    expect(checkChecklistAnswers([{ key: 'dignity', answer: 'NOT_MET', reason: ' No private room ' }], items, FACTS)).toEqual([
      { key: 'dignity', answer: 'NOT_MET', reason: 'No private room' },
    ]);
    expect(() => checkChecklistAnswers([{ key: 'dignity', answer: 'NOT_APPLICABLE' }], items, FACTS)).toThrow('Enter the reason “Dignity” is not applicable');
    expect(() => checkChecklistAnswers([{ key: 'custom-x', answer: 'MET' }], items, FACTS)).toThrow('This operation has no checklist item "custom-x"');
    expect(() =>
      checkChecklistAnswers(
        [
          { key: 'media', answer: 'MET' },
          { key: 'media', answer: 'MET' },
        ],
        items,
        FACTS,
      ),
    ).toThrow('“Media” is answered twice');
    expect(() => checkChecklistAnswers([], items, FACTS)).toThrow('Answer at least one checklist item');
  });
});
