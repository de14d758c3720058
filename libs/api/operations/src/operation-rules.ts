import { DomainError } from '@liaise/api-core';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_ANSWERS_NEEDING_A_REASON,
  DEFAULT_DISCLOSURE_HOURS,
  MEDIA_DECISIONS,
  OPERATION_MAX_MONTHS_AHEAD,
  OPERATION_TYPES,
  earliestDisclosure,
  latestOperationStart,
  ukDate,
  type ChecklistAnswer,
  type MediaDecision,
  type OperationType,
} from '@liaise/shared-domain';

/** Sizes the api accepts; the web uses the same. */
export const LIMITS = {
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
  reason: 1000,
  minDurationMinutes: 15,
  maxDurationMinutes: 10080,
  maxExpectedPeople: 500,
  maxOfficers: 1000,
  checklistTitleMin: 3,
  checklistTitleMax: 120,
  checklistHint: 500,
} as const;

/** What is asked of the details, whether from the form or any other client. */
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

/** The columns the details set, checked and tidied. */
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bad = (message: string, field: string) => new DomainError('BAD_USER_INPUT', message, field);

function required(value: unknown, field: string, label: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw bad(`Enter the ${label}`, field);
  if (text.length > max) throw bad(`${capitalise(label)} must be ${max} characters or fewer`, field);
  return text;
}

function optional(value: unknown, field: string, label: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw bad(`${capitalise(label)} must be text`, field);
  const text = value.trim();
  if (text === '') return null;
  if (text.length > max) throw bad(`${capitalise(label)} must be ${max} characters or fewer`, field);
  return text;
}

function whole(value: unknown, field: string, label: string, min: number, max: number, unit = ''): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw bad(`${capitalise(label)} must be a whole number${unit}`, field);
  if (value < min) throw bad(min === 0 ? `${capitalise(label)} cannot be negative` : `${capitalise(label)} must be at least ${min}${unit}`, field);
  if (value > max) throw bad(`${capitalise(label)} must be ${max}${unit} or fewer`, field);
  return value;
}

function instant(value: unknown, field: string, label: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw bad(`Enter the ${label} as a date and time`, field);
  return value;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface DetailsContext {
  readonly now: Date;
  /** When editing: the start as stored. A start left unchanged may have passed (the operation runs late). */
  readonly storedStart?: Date;
  /** When the details were released early: the disclosure never moves later than that. */
  readonly releasedEarlyAt?: Date | null;
}

/**
 * Checks an operation's details and returns the columns to store, or throws a DomainError naming the field:
 * the start in the future and at most two years ahead, disclosure no later than the start and no earlier
 * than 12 hours before it (the default; sooner only by releasing the details early), one to twenty
 * addresses, zero female officers only with a reason, dependents only with arrangements, media only with
 * a reason.
 */
export function checkOperationDetails(input: OperationDetails, { now, storedStart, releasedEarlyAt }: DetailsContext): CheckedDetails {
  const reference = required(input.reference, 'reference', 'reference', LIMITS.reference);
  if (!OPERATION_TYPES.includes(input.type)) throw bad('Choose the type of operation', 'type');
  const plannedStart = instant(input.plannedStart, 'plannedStart', 'planned start');
  const startChanged = storedStart === undefined || storedStart.getTime() !== plannedStart.getTime();
  if (startChanged && plannedStart.getTime() <= now.getTime()) throw bad('The start must be in the future', 'plannedStart');
  if (startChanged && plannedStart.getTime() > latestOperationStart(now).getTime()) {
    throw bad(`The start must be no more than ${OPERATION_MAX_MONTHS_AHEAD / 12} years from now`, 'plannedStart');
  }
  const expectedDurationMinutes = whole(
    input.expectedDurationMinutes,
    'expectedDurationMinutes',
    'expected duration',
    LIMITS.minDurationMinutes,
    LIMITS.maxDurationMinutes,
    ' minutes',
  );
  const generalArea = required(input.generalArea, 'generalArea', 'general area', LIMITS.generalArea);

  if (!Array.isArray(input.addresses) || input.addresses.length === 0) throw bad('Enter at least one address', 'addresses');
  const addresses = input.addresses.map((address) => (typeof address === 'string' ? address.trim() : ''));
  if (addresses.some((address) => address === '')) throw bad('Addresses cannot be blank', 'addresses');
  if (addresses.length > LIMITS.maxAddresses) throw bad(`Enter ${LIMITS.maxAddresses} addresses or fewer`, 'addresses');
  if (addresses.some((address) => address.length > LIMITS.address)) throw bad(`Each address must be ${LIMITS.address} characters or fewer`, 'addresses');
  const briefingPoint = optional(input.briefingPoint, 'briefingPoint', 'briefing point', LIMITS.briefingPoint);

  const expectedPeople = whole(input.expectedPeople, 'expectedPeople', 'expected number of people', 0, LIMITS.maxExpectedPeople);
  if (!Array.isArray(input.expectedLanguages)) throw bad('Expected languages must be a list', 'expectedLanguages');
  const languages = input.expectedLanguages.map((language) => (typeof language === 'string' ? language.trim() : ''));
  if (languages.some((language) => language === '')) throw bad('Expected languages cannot be blank', 'expectedLanguages');
  if (languages.some((language) => language.length > LIMITS.language)) {
    throw bad(`Each expected language must be ${LIMITS.language} characters or fewer`, 'expectedLanguages');
  }
  const expectedLanguages = [...new Map(languages.map((language) => [language.toLowerCase(), language])).values()];
  if (expectedLanguages.length > LIMITS.maxLanguages) throw bad(`Enter ${LIMITS.maxLanguages} expected languages or fewer`, 'expectedLanguages');

  if (typeof input.dependentsExpected !== 'boolean') throw bad('Say whether dependents or family are expected', 'dependentsExpected');
  const dependentsArrangements = optional(input.dependentsArrangements, 'dependentsArrangements', 'arrangements for dependents', LIMITS.longText);
  if (input.dependentsExpected && dependentsArrangements === null) {
    throw bad('Dependents or family are expected: enter the arrangements made for them', 'dependentsArrangements');
  }

  if (!MEDIA_DECISIONS.includes(input.mediaDecision)) throw bad('Choose the media decision', 'mediaDecision');
  const mediaReason = optional(input.mediaReason, 'mediaReason', 'media reason', LIMITS.longText);
  if (input.mediaDecision === 'BY_AGREEMENT' && mediaReason === null) {
    throw bad('Media by agreement of the safeguarding lead: enter the reason', 'mediaReason');
  }

  const safeguardingLeadName = required(input.safeguardingLeadName, 'safeguardingLeadName', 'safeguarding lead’s name', LIMITS.name);
  const safeguardingLeadRole = required(input.safeguardingLeadRole, 'safeguardingLeadRole', 'safeguarding lead’s role', LIMITS.name);

  const officersAttending = whole(input.officersAttending, 'officersAttending', 'officers attending', 0, LIMITS.maxOfficers);
  const femaleOfficersAttending = whole(input.femaleOfficersAttending, 'femaleOfficersAttending', 'female officers attending', 0, LIMITS.maxOfficers);
  if (femaleOfficersAttending > officersAttending) {
    throw bad('Female officers attending cannot be more than the officers attending', 'femaleOfficersAttending');
  }
  const noFemaleOfficersReason = optional(input.noFemaleOfficersReason, 'noFemaleOfficersReason', 'reason no female officers attend', LIMITS.longText);
  if (femaleOfficersAttending === 0 && noFemaleOfficersReason === null) {
    throw bad('No female officers attend: enter the reason', 'noFemaleOfficersReason');
  }

  if (typeof input.interpreterArranged !== 'boolean') throw bad('Say whether an interpreter is arranged', 'interpreterArranged');
  const proportionalityStatement = required(input.proportionalityStatement, 'proportionalityStatement', 'proportionality statement', LIMITS.statement);
  const intelligenceReference = optional(input.intelligenceReference, 'intelligenceReference', 'intelligence reference', LIMITS.reference);
  const partnershipPlanId = optional(input.partnershipPlanId, 'partnershipPlanId', 'partnership plan', 36);
  if (partnershipPlanId !== null && !UUID.test(partnershipPlanId)) throw bad('Choose a partnership plan', 'partnershipPlanId');

  let disclosureAt: Date;
  if (input.disclosureAt === null || input.disclosureAt === undefined) {
    disclosureAt = new Date(plannedStart.getTime() - DEFAULT_DISCLOSURE_HOURS * 3_600_000);
  } else {
    disclosureAt = instant(input.disclosureAt, 'disclosureAt', 'disclosure time');
    if (disclosureAt.getTime() > plannedStart.getTime()) throw bad('The disclosure time must be no later than the start', 'disclosureAt');
    if (disclosureAt.getTime() < earliestDisclosure(plannedStart, releasedEarlyAt).getTime()) {
      throw bad(
        `The disclosure time must be no earlier than ${DEFAULT_DISCLOSURE_HOURS} hours before the start: to give partners the details sooner, release them early with the reason`,
        'disclosureAt',
      );
    }
  }
  if (releasedEarlyAt !== null && releasedEarlyAt !== undefined && releasedEarlyAt.getTime() < disclosureAt.getTime()) {
    // Released early: what partners were given is not taken back.
    disclosureAt = releasedEarlyAt;
  }

  return {
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
  };
}

/** The details a built-in checklist item's MET answer depends on. */
export interface ChecklistFacts {
  readonly safeguardingLeadName: string;
  readonly dependentsExpected: boolean;
  readonly dependentsArrangements: string | null;
  readonly femaleOfficersAttending: number;
  readonly proportionalityStatement: string;
  readonly mediaDecision: MediaDecision;
  readonly mediaReason: string | null;
  /** How many of the force's officers named to attend have no current MSHT training (unknown: not checked). */
  readonly namedOfficersWithoutMshtTraining?: number;
}

const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

/**
 * Why a built-in item cannot be answered MET with these details, or null when it can (DOMAIN.md: the
 * safeguarding item cannot be ticked without a named lead and, with dependents expected, their arrangements;
 * everyone attending must have current MSHT training, so neither can the training item while a named
 * officer has none).
 */
export function metRefusal(key: string, facts: ChecklistFacts): { message: string; field: string } | null {
  switch (key) {
    case 'safeguarding':
      if (blank(facts.safeguardingLeadName)) return { message: 'Safeguarding cannot be met without a named safeguarding lead', field: 'safeguardingLeadName' };
      if (facts.dependentsExpected && blank(facts.dependentsArrangements)) {
        return { message: 'Safeguarding cannot be met while dependents are expected with no arrangements made for them', field: 'dependentsArrangements' };
      }
      return null;
    case 'female-officers':
      return facts.femaleOfficersAttending > 0
        ? null
        : { message: 'Female officers cannot be met when no female officers attend: answer not met, with the reason', field: 'femaleOfficersAttending' };
    case 'proportionality':
      return blank(facts.proportionalityStatement)
        ? { message: 'Proportionality cannot be met without a proportionality statement for partners', field: 'proportionalityStatement' }
        : null;
    case 'media':
      return facts.mediaDecision === 'BY_AGREEMENT' && blank(facts.mediaReason)
        ? { message: 'Media cannot be met: media by agreement needs the reason', field: 'mediaReason' }
        : null;
    case 'msht-training':
      return (facts.namedOfficersWithoutMshtTraining ?? 0) > 0
        ? { message: 'MSHT training cannot be met while an officer named to attend has no current MSHT training', field: 'namedOfficers' }
        : null;
    default:
      return null;
  }
}

export interface CheckedAnswer {
  readonly key: string;
  readonly answer: ChecklistAnswer;
  readonly reason: string | null;
}

/** Checks one batch of answers against the operation's own items; throws a DomainError naming the problem. */
export function checkChecklistAnswers(
  answers: readonly { key: string; answer: ChecklistAnswer; reason?: string | null }[],
  items: ReadonlyMap<string, { title: string }>,
  facts: ChecklistFacts,
): CheckedAnswer[] {
  if (!Array.isArray(answers) || answers.length === 0) throw bad('Answer at least one checklist item', 'answers');
  const seen = new Set<string>();
  return answers.map(({ key, answer, reason }) => {
    const item = typeof key === 'string' ? items.get(key) : undefined;
    if (item === undefined) throw bad(`This operation has no checklist item "${String(key).slice(0, 100)}"`, 'answers');
    if (seen.has(key)) throw bad(`“${item.title}” is answered twice`, 'answers');
    seen.add(key);
    if (!CHECKLIST_ANSWERS.includes(answer)) throw bad(`Choose met, not met or not applicable for “${item.title}”`, 'answers');
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text.length > LIMITS.reason) throw bad(`The reason for “${item.title}” must be ${LIMITS.reason} characters or fewer`, 'answers');
    if (CHECKLIST_ANSWERS_NEEDING_A_REASON.includes(answer) && text === '') {
      throw bad(`Enter the reason “${item.title}” is ${answer === 'NOT_MET' ? 'not met' : 'not applicable'}`, 'answers');
    }
    if (answer === 'MET') {
      const refusal = metRefusal(key, facts);
      if (refusal !== null) throw bad(refusal.message, 'answers');
    }
    return { key, answer, reason: text === '' ? null : text };
  });
}
