import {
  checkOperationDetails,
  type DetailsContext,
  type MediaDecision,
  type OperationDetails,
  type OperationDetailsField,
  type OperationType,
  type Problem,
} from '@liaise/shared-domain';
import { dateTimePartsOf, EMPTY_DATE_TIME, hoursAndMinutes, instantOf, toDate, type DateTimeParts } from '@liaise/web-common';
import type { OperationDetailsInput } from '@liaise/web-graphql';

/** The operation's details as the api takes them. */
export type DetailsInput = Required<Pick<OperationDetailsInput, 'briefingPoint' | 'dependentsArrangements' | 'mediaReason' | 'noFemaleOfficersReason' | 'intelligenceReference' | 'disclosureAt'>> &
  Omit<OperationDetailsInput, 'partnershipPlanId'> & { readonly partnershipPlanId: string | null };

/** An operation as the api gives it, for editing. */
export type SavedDetails = Omit<DetailsInput, 'plannedStart' | 'disclosureAt' | 'briefingPoint' | 'dependentsArrangements' | 'mediaReason' | 'noFemaleOfficersReason' | 'intelligenceReference' | 'partnershipPlanId'> & {
  readonly plannedStart: unknown;
  readonly disclosureAt: unknown;
  readonly briefingPoint?: string | null;
  readonly dependentsArrangements?: string | null;
  readonly mediaReason?: string | null;
  readonly noFemaleOfficersReason?: string | null;
  readonly intelligenceReference?: string | null;
  readonly partnershipPlanId?: string | null;
};

type YesNo = '' | 'yes' | 'no';

/** The details as typed. */
export interface DetailsForm {
  readonly reference: string;
  readonly type: OperationType | '';
  readonly start: DateTimeParts;
  readonly durationHours: string;
  readonly durationMinutes: string;
  readonly generalArea: string;
  readonly addresses: readonly string[];
  readonly briefingPoint: string;
  readonly expectedPeople: string;
  readonly expectedLanguages: string;
  readonly dependentsExpected: YesNo;
  readonly dependentsArrangements: string;
  readonly mediaDecision: MediaDecision | '';
  readonly mediaReason: string;
  readonly safeguardingLeadName: string;
  readonly safeguardingLeadRole: string;
  readonly officersAttending: string;
  readonly femaleOfficersAttending: string;
  readonly noFemaleOfficersReason: string;
  readonly interpreterArranged: YesNo;
  readonly proportionalityStatement: string;
  readonly intelligenceReference: string;
  readonly partnershipPlanId: string;
  /** Empty: the default, 12 hours before the start. */
  readonly disclosure: DateTimeParts;
}

export const EMPTY_DETAILS: DetailsForm = {
  reference: '',
  type: '',
  start: EMPTY_DATE_TIME,
  durationHours: '',
  durationMinutes: '',
  generalArea: '',
  addresses: [''],
  briefingPoint: '',
  expectedPeople: '',
  expectedLanguages: '',
  dependentsExpected: '',
  dependentsArrangements: '',
  mediaDecision: '',
  mediaReason: '',
  safeguardingLeadName: '',
  safeguardingLeadRole: '',
  officersAttending: '',
  femaleOfficersAttending: '',
  noFemaleOfficersReason: '',
  interpreterArranged: '',
  proportionalityStatement: '',
  intelligenceReference: '',
  partnershipPlanId: '',
  disclosure: EMPTY_DATE_TIME,
};

/**
 * The fields a problem can be on: the details' own (as the shared rules and the api name them), and the time
 * of day of each date, which the form asks for on its own. The partnership plan has no field on this form.
 */
export type DetailsField = Exclude<OperationDetailsField, 'partnershipPlanId'> | 'plannedStartTime' | 'disclosureAtTime';

/** Each field's input, in the form's order: error summary links go to them (a date's to its day). */
export const DETAILS_IDS: Readonly<Record<DetailsField, string>> = {
  reference: 'reference',
  type: 'type',
  plannedStart: 'start-day',
  plannedStartTime: 'start-time',
  expectedDurationMinutes: 'duration-hours',
  generalArea: 'generalArea',
  addresses: 'address-1',
  briefingPoint: 'briefingPoint',
  expectedPeople: 'expectedPeople',
  expectedLanguages: 'expectedLanguages',
  dependentsExpected: 'dependentsExpected',
  dependentsArrangements: 'dependentsArrangements',
  mediaDecision: 'mediaDecision',
  mediaReason: 'mediaReason',
  safeguardingLeadName: 'safeguardingLeadName',
  safeguardingLeadRole: 'safeguardingLeadRole',
  officersAttending: 'officersAttending',
  femaleOfficersAttending: 'femaleOfficersAttending',
  noFemaleOfficersReason: 'noFemaleOfficersReason',
  interpreterArranged: 'interpreterArranged',
  proportionalityStatement: 'proportionalityStatement',
  intelligenceReference: 'intelligenceReference',
  disclosureAt: 'disclosure-day',
  disclosureAtTime: 'disclosure-time',
};

const FORM_ORDER = Object.keys(DETAILS_IDS) as DetailsField[];

/** The id of the n-th address field (from 0). */
export const addressId = (index: number) => `address-${index + 1}`;

/** The form for an operation the api gave. The disclosure time shows only when it is not the default. */
export function detailsFormOf(saved: SavedDetails, defaultDisclosureHours: number): DetailsForm {
  const duration = hoursAndMinutes(saved.expectedDurationMinutes);
  const defaultDisclosure = toDate(saved.plannedStart).getTime() - defaultDisclosureHours * 3_600_000;
  return {
    reference: saved.reference,
    type: saved.type,
    start: dateTimePartsOf(saved.plannedStart),
    durationHours: String(duration.hours),
    durationMinutes: String(duration.minutes),
    generalArea: saved.generalArea,
    addresses: saved.addresses.length === 0 ? [''] : [...saved.addresses],
    briefingPoint: saved.briefingPoint ?? '',
    expectedPeople: String(saved.expectedPeople),
    expectedLanguages: saved.expectedLanguages.join(', '),
    dependentsExpected: saved.dependentsExpected ? 'yes' : 'no',
    dependentsArrangements: saved.dependentsArrangements ?? '',
    mediaDecision: saved.mediaDecision,
    mediaReason: saved.mediaReason ?? '',
    safeguardingLeadName: saved.safeguardingLeadName,
    safeguardingLeadRole: saved.safeguardingLeadRole,
    officersAttending: String(saved.officersAttending),
    femaleOfficersAttending: String(saved.femaleOfficersAttending),
    noFemaleOfficersReason: saved.noFemaleOfficersReason ?? '',
    interpreterArranged: saved.interpreterArranged ? 'yes' : 'no',
    proportionalityStatement: saved.proportionalityStatement,
    intelligenceReference: saved.intelligenceReference ?? '',
    partnershipPlanId: saved.partnershipPlanId ?? '',
    disclosure: toDate(saved.disclosureAt).getTime() === defaultDisclosure ? EMPTY_DATE_TIME : dateTimePartsOf(saved.disclosureAt),
  };
}

/** "Polish, Romanian;  Thai" → ["Polish", "Romanian", "Thai"]: each once, in the order typed. */
export function languagesOf(text: string): string[] {
  const seen = new Set<string>();
  const languages: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const language = part.trim();
    if (language === '' || seen.has(language.toLowerCase())) continue;
    seen.add(language.toLowerCase());
    languages.push(language);
  }
  return languages;
}

/** A whole number of at least zero, as typed: its value, or the problem with it. */
function wholeNumber(text: string, field: DetailsField): number | Problem<DetailsField> {
  const value = text.trim().replace(/,/g, '');
  if (value === '') return { field, code: 'REQUIRED' };
  return /^\d{1,6}$/.test(value) ? Number(value) : { field, code: 'NOT_A_WHOLE_NUMBER' };
}

/** A date and time as typed: the instant, none (left empty), or the problem with the date or with the time. */
function instant(parts: DateTimeParts, field: 'plannedStart' | 'disclosureAt', required: boolean): Date | null | Problem<DetailsField> {
  const result = instantOf(parts);
  const time = field === 'plannedStart' ? 'plannedStartTime' : 'disclosureAtTime';
  if (typeof result === 'object') return result.instant;
  if (result === 'empty') return required ? { field, code: 'REQUIRED' } : null;
  if (result === 'missing-date') return { field, code: required ? 'REQUIRED' : 'INVALID_DATE' };
  if (result === 'invalid-date') return { field, code: 'INVALID_DATE' };
  if (result === 'missing-time') return { field: time, code: 'REQUIRED' };
  return { field: time, code: 'INVALID_DATE' };
}

/** Hours and minutes as typed, in minutes; up to 59 minutes. */
function duration(form: DetailsForm): number | Problem<DetailsField> {
  const field = 'expectedDurationMinutes';
  if (form.durationHours.trim() === '' && form.durationMinutes.trim() === '') return { field, code: 'REQUIRED' };
  const hours = form.durationHours.trim() === '' ? 0 : wholeNumber(form.durationHours, field);
  const minutes = form.durationMinutes.trim() === '' ? 0 : wholeNumber(form.durationMinutes, field);
  if (typeof hours !== 'number' || typeof minutes !== 'number' || minutes > 59) return { field, code: 'NOT_A_WHOLE_NUMBER' };
  return hours * 60 + minutes;
}

const isProblem = (value: unknown): value is Problem<DetailsField> => typeof value === 'object' && value !== null && 'code' in value;

/**
 * The checks made before asking the api: the shared rules of an operation's details (`checkOperationDetails`,
 * the api's own), after reading what was typed (dates, times, whole numbers), whose problems the rules
 * cannot see. A field the form could not read is given to the rules as missing: they check every value at
 * run time, as for any client, and its problem is the form's. Every problem, one a field, in the form's order;
 * or the details to send when there is none.
 */
export function checkDetails(form: DetailsForm, context: DetailsContext): { problems: Problem<DetailsField>[]; details?: DetailsInput } {
  const plannedStart = instant(form.start, 'plannedStart', true);
  const disclosureAt = instant(form.disclosure, 'disclosureAt', false);
  const expectedDurationMinutes = duration(form);
  const expectedPeople = wholeNumber(form.expectedPeople, 'expectedPeople');
  const officersAttending = wholeNumber(form.officersAttending, 'officersAttending');
  const femaleOfficersAttending = wholeNumber(form.femaleOfficersAttending, 'femaleOfficersAttending');
  const read = [plannedStart, disclosureAt, expectedDurationMinutes, expectedPeople, officersAttending, femaleOfficersAttending].filter(isProblem);
  const value = <T>(parsed: T | Problem<DetailsField>) => (isProblem(parsed) ? undefined : parsed);
  const yesNo = (answer: YesNo) => (answer === '' ? undefined : answer === 'yes');
  const asked = {
    reference: form.reference,
    type: form.type === '' ? undefined : form.type,
    plannedStart: value(plannedStart),
    expectedDurationMinutes: value(expectedDurationMinutes),
    generalArea: form.generalArea,
    addresses: form.addresses.map((address) => address.trim()).filter((address) => address !== ''),
    briefingPoint: form.briefingPoint,
    expectedPeople: value(expectedPeople),
    expectedLanguages: languagesOf(form.expectedLanguages),
    dependentsExpected: yesNo(form.dependentsExpected),
    dependentsArrangements: form.dependentsExpected === 'yes' ? form.dependentsArrangements : null,
    mediaDecision: form.mediaDecision === '' ? undefined : form.mediaDecision,
    mediaReason: form.mediaDecision === 'BY_AGREEMENT' ? form.mediaReason : null,
    safeguardingLeadName: form.safeguardingLeadName,
    safeguardingLeadRole: form.safeguardingLeadRole,
    officersAttending: value(officersAttending),
    femaleOfficersAttending: value(femaleOfficersAttending),
    noFemaleOfficersReason: form.femaleOfficersAttending.trim() === '0' ? form.noFemaleOfficersReason : null,
    interpreterArranged: yesNo(form.interpreterArranged),
    proportionalityStatement: form.proportionalityStatement,
    intelligenceReference: form.intelligenceReference,
    partnershipPlanId: form.partnershipPlanId === '' ? null : form.partnershipPlanId,
    // Unreadable, the disclosure is not checked against the start.
    disclosureAt: isProblem(disclosureAt) ? null : disclosureAt,
  } as OperationDetails;
  const checked = checkOperationDetails(asked, context);
  // A date or time the form could not read reaches the rules as missing: its problem is the form's own.
  const dateOf = (field: DetailsField | undefined) => (field === 'plannedStartTime' ? 'plannedStart' : field === 'disclosureAtTime' ? 'disclosureAt' : field);
  const unread = (problem: Problem) => !read.some((each) => dateOf(each.field) === problem.field);
  const problems = [...read, ...(checked.problems as readonly Problem<DetailsField>[]).filter(unread)];
  if (problems.length > 0 || checked.details === undefined) {
    return { problems: problems.sort((a, b) => FORM_ORDER.indexOf(a.field as DetailsField) - FORM_ORDER.indexOf(b.field as DetailsField)) };
  }
  // The api takes the details as asked, not the day it works out from the start.
  const { plannedDay: _plannedDay, plannedStart: start, disclosureAt: disclosure, ...details } = checked.details;
  return {
    problems: [],
    details: {
      ...details,
      plannedStart: start.toISOString(),
      // Left empty, the api sets the default (12 hours before the start) itself, and moves it with the start.
      disclosureAt: disclosureAt === null ? null : disclosure.toISOString(),
    },
  };
}
