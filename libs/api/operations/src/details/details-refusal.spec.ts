import { DomainError } from '@liaise/api-core';
import type { OperationDetails } from '@liaise/shared-domain';
import { checkedDetailsOrRefuse } from './details-refusal.js';

const NOW = new Date('2026-11-28T09:00:00Z');

const details = (overrides: Partial<OperationDetails> = {}): OperationDetails => ({
  reference: 'NS-1',
  type: 'WELFARE_VISIT',
  plannedStart: new Date('2026-12-03T20:00:00Z'),
  expectedDurationMinutes: 120,
  generalArea: 'Port Allen PA1',
  addresses: ['1 Quay Street'],
  expectedPeople: 3,
  expectedLanguages: [],
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

function refusal(overrides: Partial<OperationDetails>): DomainError {
  try {
    checkedDetailsOrRefuse(details(overrides), { now: NOW });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the api’s words for the details’ problems', () => {
  // What the api has always said: clients without words of their own show it as it is.
  it.each<[Partial<OperationDetails>, string]>([
    [{ reference: ' ' }, 'Enter the reference'],
    [{ reference: 'x'.repeat(101) }, 'Reference must be 100 characters or fewer'],
    [{ type: 'RAID' as never }, 'Choose the type of operation'],
    [{ plannedStart: new Date(Number.NaN) }, 'Enter the planned start as a date and time'],
    [{ plannedStart: new Date('2026-11-01T00:00:00Z') }, 'The start must be in the future'],
    [{ plannedStart: new Date('2030-01-01T00:00:00Z') }, 'The start must be no more than 2 years from now'],
    [{ expectedDurationMinutes: 1.5 }, 'Expected duration must be a whole number minutes'],
    [{ expectedDurationMinutes: 10 }, 'Expected duration must be at least 15 minutes'],
    [{ expectedDurationMinutes: 10081 }, 'Expected duration must be 10080 minutes or fewer'],
    [{ generalArea: '' }, 'Enter the general area'],
    [{ addresses: [] }, 'Enter at least one address'],
    [{ addresses: ['1 Quay Street', ' '] }, 'Addresses cannot be blank'],
    [{ addresses: Array.from({ length: 21 }, (_, i) => `${i} Quay Street`) }, 'Enter 20 addresses or fewer'],
    [{ addresses: ['x'.repeat(301)] }, 'Each address must be 300 characters or fewer'],
    [{ briefingPoint: 7 as never }, 'Briefing point must be text'],
    [{ expectedPeople: -1 }, 'Expected number of people cannot be negative'],
    [{ expectedPeople: 501 }, 'Expected number of people must be 500 or fewer'],
    [{ expectedLanguages: 'Thai' as never }, 'Expected languages must be a list'],
    [{ expectedLanguages: [' '] }, 'Expected languages cannot be blank'],
    [{ expectedLanguages: ['x'.repeat(61)] }, 'Each expected language must be 60 characters or fewer'],
    [{ expectedLanguages: Array.from({ length: 21 }, (_, i) => `Language ${i}`) }, 'Enter 20 expected languages or fewer'],
    [{ dependentsExpected: undefined as never }, 'Say whether dependents or family are expected'],
    [{ dependentsExpected: true }, 'Dependents or family are expected: enter the arrangements made for them'],
    [{ dependentsArrangements: 'x'.repeat(2001) }, 'Arrangements for dependents must be 2000 characters or fewer'],
    [{ mediaDecision: undefined as never }, 'Choose the media decision'],
    [{ mediaDecision: 'BY_AGREEMENT' }, 'Media by agreement of the safeguarding lead: enter the reason'],
    [{ safeguardingLeadName: '' }, 'Enter the safeguarding lead’s name'],
    [{ safeguardingLeadRole: 'x'.repeat(201) }, 'Safeguarding lead’s role must be 200 characters or fewer'],
    [{ officersAttending: 1001 }, 'Officers attending must be 1000 or fewer'],
    [{ femaleOfficersAttending: 5 }, 'Female officers attending cannot be more than the officers attending'],
    [{ femaleOfficersAttending: 1001, officersAttending: 1000 }, 'Female officers attending must be 1000 or fewer'],
    [{ femaleOfficersAttending: 0 }, 'No female officers attend: enter the reason'],
    [{ interpreterArranged: undefined as never }, 'Say whether an interpreter is arranged'],
    [{ proportionalityStatement: ' ' }, 'Enter the proportionality statement'],
    [{ intelligenceReference: 'x'.repeat(101) }, 'Intelligence reference must be 100 characters or fewer'],
    [{ partnershipPlanId: 'plan-1' }, 'Choose a partnership plan'],
    [{ disclosureAt: new Date(Number.NaN) }, 'Enter the disclosure time as a date and time'],
    [{ disclosureAt: new Date('2026-12-04T00:00:00Z') }, 'The disclosure time must be no later than the start'],
    [
      { disclosureAt: new Date('2026-12-01T00:00:00Z') },
      'The disclosure time must be no earlier than 12 hours before the start: to give partners the details sooner, release them early with the reason',
    ],
  ])('%j: %s', (overrides, message) => {
    expect(refusal(overrides).message).toBe(message);
  });

  it('refuses with every problem, the first as the message, field and params', () => {
    const refused = refusal({ reference: 'x'.repeat(101), addresses: [] });
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Reference must be 100 characters or fewer',
      field: 'reference',
      params: { max: 100 },
      problems: [
        { field: 'reference', code: 'TOO_LONG', params: { max: 100 }, message: 'Reference must be 100 characters or fewer' },
        { field: 'addresses', code: 'REQUIRED', message: 'Enter at least one address' },
      ],
    });
  });
});
