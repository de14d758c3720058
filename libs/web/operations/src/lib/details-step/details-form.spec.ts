import { checkDetails, detailsFieldOf, detailsFormOf, EMPTY_DETAILS, languagesOf, type DetailsForm } from './details-form.js';

const t = (key: string) => key;
const NOW = new Date('2026-11-28T09:00:00Z');

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
    expect(checkDetails(FILLED, t, NOW)).toEqual({
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

  it('asks for everything required, each on its field', () => {
    const { problems, details } = checkDetails(EMPTY_DETAILS, t, NOW);
    expect(details).toBeUndefined();
    expect(problems.map((problem) => problem.field)).toEqual([
      'reference',
      'type',
      'start-day',
      'duration-hours',
      'generalArea',
      'address-1',
      'expectedPeople',
      'dependentsExpected',
      'mediaDecision',
      'safeguardingLeadName',
      'safeguardingLeadRole',
      'officersAttending',
      'femaleOfficersAttending',
      'interpreterArranged',
      'proportionalityStatement',
    ]);
  });

  it('asks for the reasons the answers need', () => {
    const { problems } = checkDetails(
      { ...FILLED, dependentsExpected: 'yes', dependentsArrangements: ' ', mediaDecision: 'BY_AGREEMENT', mediaReason: '', femaleOfficersAttending: '0', noFemaleOfficersReason: '' },
      t,
      NOW,
    );
    expect(problems).toEqual([
      { field: 'dependentsArrangements', message: 'details.errors.dependentsArrangementsMissing' },
      { field: 'mediaReason', message: 'details.errors.mediaReasonMissing' },
      { field: 'noFemaleOfficersReason', message: 'details.errors.noFemaleOfficersReasonMissing' },
    ]);
    const { details } = checkDetails(
      { ...FILLED, dependentsExpected: 'yes', dependentsArrangements: 'Children’s services on call', mediaDecision: 'BY_AGREEMENT', mediaReason: 'Press office', femaleOfficersAttending: '0', noFemaleOfficersReason: 'None on shift' },
      t,
      NOW,
    );
    expect(details).toMatchObject({ dependentsArrangements: 'Children’s services on call', mediaReason: 'Press office', noFemaleOfficersReason: 'None on shift' });
  });

  it('refuses a start in the past, a wrong time, bad numbers and a disclosure after the start', () => {
    expect(checkDetails({ ...FILLED, start: { ...FILLED.start, date: { day: '27', month: '11', year: '2026' } } }, t, NOW).problems).toEqual([
      { field: 'start-day', message: 'details.errors.startPast' },
    ]);
    expect(checkDetails({ ...FILLED, start: { ...FILLED.start, time: '6' } }, t, NOW).problems).toEqual([{ field: 'start-time', message: 'details.errors.startTimeInvalid' }]);
    expect(checkDetails({ ...FILLED, start: { ...FILLED.start, date: { day: '1', month: '12', year: '9999' } } }, t, NOW).problems).toEqual([
      { field: 'start-day', message: 'details.errors.startTooFar' },
    ]);
    expect(checkDetails({ ...FILLED, durationMinutes: '75', expectedPeople: 'six', officersAttending: '2', femaleOfficersAttending: '3' }, t, NOW).problems).toEqual([
      { field: 'duration-hours', message: 'details.errors.durationInvalid' },
      { field: 'expectedPeople', message: 'details.errors.expectedPeopleInvalid' },
      { field: 'femaleOfficersAttending', message: 'details.errors.femaleOfficersTooMany' },
    ]);
    expect(checkDetails({ ...FILLED, disclosure: { date: { day: '1', month: '12', year: '2026' }, time: '07:00' } }, t, NOW).problems).toEqual([
      { field: 'disclosure-day', message: 'details.errors.disclosureAfterStart' },
    ]);
    expect(checkDetails({ ...FILLED, disclosure: { date: { day: '30', month: '11', year: '2026' }, time: '18:00' } }, t, NOW).details?.disclosureAt).toBe('2026-11-30T18:00:00.000Z');
  });
});

describe('detailsFormOf', () => {
  it('fills the form from a saved operation, the default disclosure time left empty', () => {
    const { details } = checkDetails(FILLED, t, NOW);
    if (details === undefined) throw new Error('expected details');
    const saved = { ...details, disclosureAt: '2026-11-30T18:30:00.000Z' };
    const form = detailsFormOf(saved, 12);
    expect(form.start).toEqual({ date: { day: '1', month: '12', year: '2026' }, time: '06:30' });
    expect(form.disclosure).toEqual({ date: { day: '', month: '', year: '' }, time: '' });
    expect(form.expectedLanguages).toBe('Romanian, Thai');
    expect(checkDetails(form, t, NOW).details).toEqual(details);
    expect(detailsFormOf({ ...saved, disclosureAt: '2026-11-30T20:00:00.000Z' }, 12).disclosure.time).toBe('20:00');
  });
});

describe('languagesOf', () => {
  it('splits on commas, semicolons and lines, each language once', () => {
    expect(languagesOf('Polish,  Romanian\nThai;polish')).toEqual(['Polish', 'Romanian', 'Thai']);
    expect(languagesOf(' ')).toEqual([]);
  });
});

describe('detailsFieldOf', () => {
  it("puts the api's messages on their fields", () => {
    expect(detailsFieldOf('anything', 'plannedStart')).toBe('start-day');
    expect(detailsFieldOf('anything', 'input.disclosureAt')).toBe('disclosure-day');
    expect(detailsFieldOf('The disclosure time must be before the start', undefined)).toBe('disclosure-day');
    expect(detailsFieldOf('The start must be in the future', undefined)).toBe('start-day');
    expect(detailsFieldOf('Female officers attending cannot be negative', undefined)).toBe('femaleOfficersAttending');
    expect(detailsFieldOf('Reason no female officers attend must be text', undefined)).toBe('noFemaleOfficersReason');
    expect(detailsFieldOf('Arrangements for dependents must be text', undefined)).toBe('dependentsArrangements');
    expect(detailsFieldOf('Intelligence reference must be text', undefined)).toBe('intelligenceReference');
    expect(detailsFieldOf('Enter the safeguarding lead’s role', undefined)).toBe('safeguardingLeadRole');
    expect(detailsFieldOf('Something else', undefined)).toBeUndefined();
  });
});
