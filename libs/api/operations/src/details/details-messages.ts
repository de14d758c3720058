import type { DetailsProblem, OperationDetailsField, ProblemParams } from '@liaise/shared-domain';

/**
 * The api's English for each problem with an operation's details, for clients without words of their own
 * (the web words the codes itself). Word for word what the api has always said.
 */
interface FieldWords {
  /** The field as a sentence names it: "Enter the {label}". */
  readonly label: string;
  /** After a number: " minutes". */
  readonly unit?: string;
  /** Words of this field that differ from the general ones below. */
  readonly words?: Partial<Record<DetailsProblem['code'], (params: ProblemParams) => string>>;
}

const FIELDS: Readonly<Record<OperationDetailsField, FieldWords>> = {
  reference: { label: 'reference' },
  type: { label: 'type of operation', words: { REQUIRED: () => 'Choose the type of operation' } },
  plannedStart: {
    label: 'planned start',
    words: {
      IN_THE_PAST: () => 'The start must be in the future',
      TOO_LATE: ({ years }) => `The start must be no more than ${years} years from now`,
    },
  },
  expectedDurationMinutes: { label: 'expected duration', unit: ' minutes' },
  generalArea: { label: 'general area' },
  addresses: {
    label: 'addresses',
    words: {
      REQUIRED: ({ entry }) => (entry === undefined ? 'Enter at least one address' : 'Addresses cannot be blank'),
      TOO_MANY: ({ max }) => `Enter ${max} addresses or fewer`,
      TOO_LONG: ({ max }) => `Each address must be ${max} characters or fewer`,
    },
  },
  briefingPoint: { label: 'briefing point' },
  expectedPeople: { label: 'expected number of people' },
  expectedLanguages: {
    label: 'expected languages',
    words: {
      BAD_USER_INPUT: () => 'Expected languages must be a list',
      REQUIRED: () => 'Expected languages cannot be blank',
      TOO_MANY: ({ max }) => `Enter ${max} expected languages or fewer`,
      TOO_LONG: ({ max }) => `Each expected language must be ${max} characters or fewer`,
    },
  },
  dependentsExpected: { label: 'dependents expected', words: { REQUIRED: () => 'Say whether dependents or family are expected' } },
  dependentsArrangements: {
    label: 'arrangements for dependents',
    words: { REQUIRED: () => 'Dependents or family are expected: enter the arrangements made for them' },
  },
  mediaDecision: { label: 'media decision', words: { REQUIRED: () => 'Choose the media decision' } },
  mediaReason: { label: 'media reason', words: { REQUIRED: () => 'Media by agreement of the safeguarding lead: enter the reason' } },
  safeguardingLeadName: { label: 'safeguarding lead’s name' },
  safeguardingLeadRole: { label: 'safeguarding lead’s role' },
  officersAttending: { label: 'officers attending' },
  femaleOfficersAttending: {
    label: 'female officers attending',
    words: {
      TOO_LARGE: ({ max, than }) =>
        than === 'officersAttending' ? 'Female officers attending cannot be more than the officers attending' : `Female officers attending must be ${max} or fewer`,
    },
  },
  noFemaleOfficersReason: { label: 'reason no female officers attend', words: { REQUIRED: () => 'No female officers attend: enter the reason' } },
  interpreterArranged: { label: 'interpreter arranged', words: { REQUIRED: () => 'Say whether an interpreter is arranged' } },
  proportionalityStatement: { label: 'proportionality statement' },
  intelligenceReference: { label: 'intelligence reference' },
  partnershipPlanId: { label: 'partnership plan', words: { BAD_USER_INPUT: () => 'Choose a partnership plan' } },
  disclosureAt: {
    label: 'disclosure time',
    words: {
      TOO_LATE: () => 'The disclosure time must be no later than the start',
      TOO_EARLY: ({ hours }) =>
        `The disclosure time must be no earlier than ${hours} hours before the start: to give partners the details sooner, release them early with the reason`,
    },
  },
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The English for a problem with the details. */
export function detailsMessage({ field, code, params = {} }: DetailsProblem): string {
  const { label, unit = '', words } = FIELDS[field];
  const own = words?.[code];
  if (own !== undefined) return own(params);
  const Label = capitalise(label);
  switch (code) {
    case 'REQUIRED':
      return `Enter the ${label}`;
    case 'TOO_LONG':
      return `${Label} must be ${params['max']} characters or fewer`;
    case 'NOT_A_WHOLE_NUMBER':
      return `${Label} must be a whole number${unit}`;
    case 'TOO_SMALL':
      return params['min'] === 0 ? `${Label} cannot be negative` : `${Label} must be at least ${params['min']}${unit}`;
    case 'TOO_LARGE':
      return `${Label} must be ${params['max']}${unit} or fewer`;
    case 'INVALID_DATE':
      return `Enter the ${label} as a date and time`;
    case 'BAD_USER_INPUT':
      return `${Label} must be text`;
    default:
      return `Check the ${label}`;
  }
}
