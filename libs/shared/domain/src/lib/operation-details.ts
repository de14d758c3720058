import { latestOperationStart, earliestDisclosure, OPERATION_MAX_MONTHS_AHEAD } from './date-bounds.js';
import { ukDate } from './dates.js';
import type { Problem } from './error-codes.js';
import { isUuid } from './ids.js';
import { DEFAULT_DISCLOSURE_HOURS, MEDIA_DECISIONS, OPERATION_TYPES, type MediaDecision, type OperationType } from './operations.js';

/**
 * The sizes an operation's details may take. The api refuses anything outside them; the web shows each beside
 * its field (the character count) and checks them before it asks.
 */
export const OPERATION_DETAILS_LIMITS = {
  reference: 100,
  generalArea: 120,
  address: 300,
  maxAddresses: 20,
  briefingPoint: 300,
  language: 60,
  maxLanguages: 20,
  name: 200,
  longText: 2000,
  statement: 4000,
  /** An id as PostgreSQL writes one. */
  id: 36,
  minDurationMinutes: 15,
  maxDurationMinutes: 10080,
  maxExpectedPeople: 500,
  maxOfficers: 1000,
} as const;

const LIMITS = OPERATION_DETAILS_LIMITS;

/** An operation's details as asked, whether from the form or any other client. */
export interface OperationDetails {
  reference: string;
  type: OperationType;
  plannedStart: Date;
  expectedDurationMinutes: number;
  generalArea: string;
  addresses: string[];
  briefingPoint?: string | null;
  expectedPeople: number;
  expectedLanguages: string[];
  dependentsExpected: boolean;
  dependentsArrangements?: string | null;
  mediaDecision: MediaDecision;
  mediaReason?: string | null;
  safeguardingLeadName: string;
  safeguardingLeadRole: string;
  officersAttending: number;
  femaleOfficersAttending: number;
  noFemaleOfficersReason?: string | null;
  interpreterArranged: boolean;
  proportionalityStatement: string;
  intelligenceReference?: string | null;
  partnershipPlanId?: string | null;
  disclosureAt?: Date | null;
}

export type OperationDetailsField = keyof OperationDetails;

/** The details checked and tidied: what is stored. */
export interface CheckedDetails {
  reference: string;
  type: OperationType;
  plannedStart: Date;
  plannedDay: string;
  expectedDurationMinutes: number;
  generalArea: string;
  addresses: string[];
  briefingPoint: string | null;
  expectedPeople: number;
  expectedLanguages: string[];
  dependentsExpected: boolean;
  dependentsArrangements: string | null;
  mediaDecision: MediaDecision;
  mediaReason: string | null;
  safeguardingLeadName: string;
  safeguardingLeadRole: string;
  officersAttending: number;
  femaleOfficersAttending: number;
  noFemaleOfficersReason: string | null;
  interpreterArranged: boolean;
  proportionalityStatement: string;
  intelligenceReference: string | null;
  partnershipPlanId: string | null;
  disclosureAt: Date;
}

export interface DetailsContext {
  readonly now: Date;
  /** When editing: the start as stored. A start left unchanged may have passed (the operation runs late). */
  readonly storedStart?: Date;
  /** When the details were released early: the disclosure never moves later than that. */
  readonly releasedEarlyAt?: Date | null;
}

/** A problem with the details: always of one field. */
export type DetailsProblem = Problem<OperationDetailsField> & { readonly field: OperationDetailsField };

/** Either the details to store, or every problem with them (at most one a field), in the order of the form. */
export type DetailsCheck = { readonly details: CheckedDetails; readonly problems: readonly [] } | { readonly details?: undefined; readonly problems: readonly DetailsProblem[] };

/** A field's value, or the problem with it; `undefined` stands for an optional field left empty. */
type Checked<T> = { readonly value: T } | { readonly problem: DetailsProblem };

const refuse = (field: OperationDetailsField, code: DetailsProblem['code'], params?: DetailsProblem['params']): { problem: DetailsProblem } => ({
  problem: params === undefined ? { field, code } : { field, code, params },
});

function requiredText(value: unknown, field: OperationDetailsField, max: number): Checked<string> {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return refuse(field, 'REQUIRED');
  if (text.length > max) return refuse(field, 'TOO_LONG', { max });
  return { value: text };
}

function optionalText(value: unknown, field: OperationDetailsField, max: number): Checked<string | null> {
  if (value === null || value === undefined) return { value: null };
  // GraphQL types a field as text; another client might not.
  if (typeof value !== 'string') return refuse(field, 'BAD_USER_INPUT');
  const text = value.trim();
  if (text === '') return { value: null };
  if (text.length > max) return refuse(field, 'TOO_LONG', { max });
  return { value: text };
}

function wholeNumber(value: unknown, field: OperationDetailsField, min: number, max: number): Checked<number> {
  if (typeof value !== 'number' || !Number.isInteger(value)) return refuse(field, 'NOT_A_WHOLE_NUMBER');
  if (value < min) return refuse(field, 'TOO_SMALL', { min });
  if (value > max) return refuse(field, 'TOO_LARGE', { max });
  return { value };
}

function instant(value: unknown, field: OperationDetailsField): Checked<Date> {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return refuse(field, 'INVALID_DATE');
  return { value };
}

/** A list of text entries, each trimmed: none blank, each short enough, and not too many once `distinct` has run. */
function textList(
  value: unknown,
  field: OperationDetailsField,
  { max, each, atLeastOne, distinct = (entries) => entries }: { max: number; each: number; atLeastOne: boolean; distinct?: (entries: string[]) => string[] },
): Checked<string[]> {
  if (!Array.isArray(value) || (atLeastOne && value.length === 0)) return refuse(field, atLeastOne ? 'REQUIRED' : 'BAD_USER_INPUT');
  const entries = value.map((entry: unknown) => (typeof entry === 'string' ? entry.trim() : ''));
  const blank = entries.findIndex((entry) => entry === '');
  if (blank >= 0) return refuse(field, 'REQUIRED', { entry: blank + 1 });
  // The api has always counted addresses before their lengths, and languages after: a long list of
  // long addresses is "too many", a long list of long languages "too long".
  if (atLeastOne && entries.length > max) return refuse(field, 'TOO_MANY', { max });
  const long = entries.findIndex((entry) => entry.length > each);
  if (long >= 0) return refuse(field, 'TOO_LONG', { max: each, entry: long + 1 });
  const kept = distinct(entries);
  if (kept.length > max) return refuse(field, 'TOO_MANY', { max });
  return { value: kept };
}

/** Each language once, whatever its case: the last spelling typed is kept, in the place first typed. */
const distinctLanguages = (languages: string[]) => [...new Map(languages.map((language) => [language.toLowerCase(), language])).values()];

/**
 * Checks an operation's details: the start in the future and at most two years ahead, disclosure no later
 * than the start and no earlier than 12 hours before it (the default; sooner only by releasing the details
 * early), one to twenty addresses, zero female officers only with a reason, dependents only with
 * arrangements, media by agreement only with a reason. Returns the details to store, tidied, or every
 * problem (the first of each field); a check that depends on another field is made only once that field is
 * right.
 */
export function checkOperationDetails(input: OperationDetails, { now, storedStart, releasedEarlyAt }: DetailsContext): DetailsCheck {
  const problems: DetailsProblem[] = [];
  const take = <T>(checked: Checked<T>): T | undefined => {
    if ('problem' in checked) {
      problems.push(checked.problem);
      return undefined;
    }
    return checked.value;
  };

  const reference = take(requiredText(input.reference, 'reference', LIMITS.reference));
  if (!OPERATION_TYPES.includes(input.type)) problems.push({ field: 'type', code: 'REQUIRED' });
  const plannedStart = take(plannedStartOf(input.plannedStart, now, storedStart));
  const expectedDurationMinutes = take(wholeNumber(input.expectedDurationMinutes, 'expectedDurationMinutes', LIMITS.minDurationMinutes, LIMITS.maxDurationMinutes));
  const generalArea = take(requiredText(input.generalArea, 'generalArea', LIMITS.generalArea));
  const addresses = take(textList(input.addresses, 'addresses', { max: LIMITS.maxAddresses, each: LIMITS.address, atLeastOne: true }));
  const briefingPoint = take(optionalText(input.briefingPoint, 'briefingPoint', LIMITS.briefingPoint));
  const expectedPeople = take(wholeNumber(input.expectedPeople, 'expectedPeople', 0, LIMITS.maxExpectedPeople));
  const expectedLanguages = take(
    textList(input.expectedLanguages, 'expectedLanguages', { max: LIMITS.maxLanguages, each: LIMITS.language, atLeastOne: false, distinct: distinctLanguages }),
  );

  if (typeof input.dependentsExpected !== 'boolean') problems.push({ field: 'dependentsExpected', code: 'REQUIRED' });
  let dependentsArrangements = take(optionalText(input.dependentsArrangements, 'dependentsArrangements', LIMITS.longText));
  if (input.dependentsExpected === true && dependentsArrangements === null) {
    problems.push({ field: 'dependentsArrangements', code: 'REQUIRED' });
    dependentsArrangements = undefined;
  }

  if (!MEDIA_DECISIONS.includes(input.mediaDecision)) problems.push({ field: 'mediaDecision', code: 'REQUIRED' });
  let mediaReason = take(optionalText(input.mediaReason, 'mediaReason', LIMITS.longText));
  if (input.mediaDecision === 'BY_AGREEMENT' && mediaReason === null) {
    problems.push({ field: 'mediaReason', code: 'REQUIRED' });
    mediaReason = undefined;
  }

  const safeguardingLeadName = take(requiredText(input.safeguardingLeadName, 'safeguardingLeadName', LIMITS.name));
  const safeguardingLeadRole = take(requiredText(input.safeguardingLeadRole, 'safeguardingLeadRole', LIMITS.name));

  const officersAttending = take(wholeNumber(input.officersAttending, 'officersAttending', 0, LIMITS.maxOfficers));
  let femaleOfficersAttending = take(wholeNumber(input.femaleOfficersAttending, 'femaleOfficersAttending', 0, LIMITS.maxOfficers));
  if (femaleOfficersAttending !== undefined && officersAttending !== undefined && femaleOfficersAttending > officersAttending) {
    // Named as the field it is compared with, so that the words can say "more than the officers attending".
    problems.push({ field: 'femaleOfficersAttending', code: 'TOO_LARGE', params: { max: officersAttending, than: 'officersAttending' } });
    femaleOfficersAttending = undefined;
  }
  let noFemaleOfficersReason = take(optionalText(input.noFemaleOfficersReason, 'noFemaleOfficersReason', LIMITS.longText));
  if (femaleOfficersAttending === 0 && noFemaleOfficersReason === null) {
    problems.push({ field: 'noFemaleOfficersReason', code: 'REQUIRED' });
    noFemaleOfficersReason = undefined;
  }

  if (typeof input.interpreterArranged !== 'boolean') problems.push({ field: 'interpreterArranged', code: 'REQUIRED' });
  const proportionalityStatement = take(requiredText(input.proportionalityStatement, 'proportionalityStatement', LIMITS.statement));
  const intelligenceReference = take(optionalText(input.intelligenceReference, 'intelligenceReference', LIMITS.reference));
  let partnershipPlanId = take(optionalText(input.partnershipPlanId, 'partnershipPlanId', LIMITS.id));
  if (typeof partnershipPlanId === 'string' && !isUuid(partnershipPlanId)) {
    problems.push({ field: 'partnershipPlanId', code: 'BAD_USER_INPUT' });
    partnershipPlanId = undefined;
  }

  const disclosureAt = plannedStart === undefined ? undefined : take(disclosureOf(input.disclosureAt, plannedStart, releasedEarlyAt));

  if (
    problems.length > 0 ||
    reference === undefined ||
    plannedStart === undefined ||
    expectedDurationMinutes === undefined ||
    generalArea === undefined ||
    addresses === undefined ||
    briefingPoint === undefined ||
    expectedPeople === undefined ||
    expectedLanguages === undefined ||
    dependentsArrangements === undefined ||
    mediaReason === undefined ||
    safeguardingLeadName === undefined ||
    safeguardingLeadRole === undefined ||
    officersAttending === undefined ||
    femaleOfficersAttending === undefined ||
    noFemaleOfficersReason === undefined ||
    proportionalityStatement === undefined ||
    intelligenceReference === undefined ||
    partnershipPlanId === undefined ||
    disclosureAt === undefined
  ) {
    return { problems };
  }
  return {
    problems: [],
    details: {
      reference,
      type: input.type,
      plannedStart,
      plannedDay: ukDate(plannedStart),
      expectedDurationMinutes,
      generalArea,
      addresses,
      briefingPoint,
      expectedPeople,
      expectedLanguages,
      dependentsExpected: input.dependentsExpected,
      dependentsArrangements,
      mediaDecision: input.mediaDecision,
      mediaReason: input.mediaDecision === 'BY_AGREEMENT' ? mediaReason : null,
      safeguardingLeadName,
      safeguardingLeadRole,
      officersAttending,
      femaleOfficersAttending,
      noFemaleOfficersReason: femaleOfficersAttending === 0 ? noFemaleOfficersReason : null,
      interpreterArranged: input.interpreterArranged,
      proportionalityStatement,
      intelligenceReference,
      partnershipPlanId,
      disclosureAt,
    },
  };
}

/** A start that changed must be in the future and at most two years ahead; one left as stored may have passed. */
function plannedStartOf(value: unknown, now: Date, storedStart: Date | undefined): Checked<Date> {
  const checked = instant(value, 'plannedStart');
  if ('problem' in checked) return checked;
  const start = checked.value;
  if (storedStart !== undefined && storedStart.getTime() === start.getTime()) return checked;
  if (start.getTime() <= now.getTime()) return refuse('plannedStart', 'IN_THE_PAST');
  if (start.getTime() > latestOperationStart(now).getTime()) return refuse('plannedStart', 'TOO_LATE', { years: OPERATION_MAX_MONTHS_AHEAD / 12 });
  return checked;
}

/**
 * The disclosure time: by default 12 hours before the start; one given must be no later than the start and
 * no earlier than the default (or the early release). Released early, what partners were given is not
 * taken back: the disclosure stays at the release.
 */
function disclosureOf(value: Date | null | undefined, plannedStart: Date, releasedEarlyAt: Date | null | undefined): Checked<Date> {
  let disclosureAt: Date;
  if (value === null || value === undefined) {
    disclosureAt = new Date(plannedStart.getTime() - DEFAULT_DISCLOSURE_HOURS * 3_600_000);
  } else {
    const checked = instant(value, 'disclosureAt');
    if ('problem' in checked) return checked;
    disclosureAt = checked.value;
    if (disclosureAt.getTime() > plannedStart.getTime()) return refuse('disclosureAt', 'TOO_LATE');
    if (disclosureAt.getTime() < earliestDisclosure(plannedStart, releasedEarlyAt).getTime()) {
      return refuse('disclosureAt', 'TOO_EARLY', { hours: DEFAULT_DISCLOSURE_HOURS });
    }
  }
  if (releasedEarlyAt !== null && releasedEarlyAt !== undefined && releasedEarlyAt.getTime() < disclosureAt.getTime()) return { value: releasedEarlyAt };
  return { value: disclosureAt };
}
