import { latestOperationStart, OPERATION_TYPES, type MediaDecision, type OperationType } from '@liaise/shared-domain';
import { type DateTimeParts, dateTimePartsOf, EMPTY_DATE_TIME, hoursAndMinutes, instantOf, toDate } from '@liaise/web-common';
import type { Problem } from '../problems.js';

/** The operation's details as the api takes them (OperationDetailsInput). */
export interface OperationDetails {
  readonly reference: string;
  readonly type: OperationType;
  readonly plannedStart: string;
  readonly expectedDurationMinutes: number;
  readonly generalArea: string;
  readonly addresses: string[];
  readonly briefingPoint: string | null;
  readonly expectedPeople: number;
  readonly expectedLanguages: string[];
  readonly dependentsExpected: boolean;
  readonly dependentsArrangements: string | null;
  readonly mediaDecision: MediaDecision;
  readonly mediaReason: string | null;
  readonly safeguardingLeadName: string;
  readonly safeguardingLeadRole: string;
  readonly officersAttending: number;
  readonly femaleOfficersAttending: number;
  readonly noFemaleOfficersReason: string | null;
  readonly interpreterArranged: boolean;
  readonly proportionalityStatement: string;
  readonly intelligenceReference: string | null;
  readonly partnershipPlanId: string | null;
  readonly disclosureAt: string | null;
}

/** An operation as the api gives it, for editing. */
export type SavedDetails = Omit<OperationDetails, 'plannedStart' | 'disclosureAt' | 'briefingPoint' | 'dependentsArrangements' | 'mediaReason' | 'noFemaleOfficersReason' | 'intelligenceReference' | 'partnershipPlanId'> & {
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

/** The fields' ids: error summary links go to them (a date and time's to its day field). */
export const DETAILS_IDS = {
  reference: 'reference',
  type: 'type',
  start: 'start-day',
  startTime: 'start-time',
  duration: 'duration-hours',
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
  disclosure: 'disclosure-day',
  disclosureTime: 'disclosure-time',
} as const;

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

/** A whole number of at least zero, as typed; null when empty, NaN when not one. */
function wholeNumber(text: string): number | null {
  const value = text.trim().replace(/,/g, '');
  if (value === '') return null;
  return /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

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

/**
 * The checks made before asking the api: everything required filled in, numbers whole, dates and times real,
 * the start in the future (two years ahead at most) and the disclosure before it, a reason where one is needed. The api checks again.
 */
export function checkDetails(form: DetailsForm, t: (key: string) => string, now: Date = new Date()): { problems: Problem[]; details?: OperationDetails } {
  const problems: Problem[] = [];
  const need = (ok: boolean, field: string, key: string) => {
    if (!ok) problems.push({ field, message: t(`details.errors.${key}`) });
  };
  need(form.reference.trim() !== '', DETAILS_IDS.reference, 'referenceMissing');
  need(form.type !== '' && OPERATION_TYPES.includes(form.type), DETAILS_IDS.type, 'typeMissing');

  const start = instantOf(form.start);
  if (start === 'empty' || start === 'missing-date') problems.push({ field: DETAILS_IDS.start, message: t('details.errors.startMissing') });
  else if (start === 'invalid-date') problems.push({ field: DETAILS_IDS.start, message: t('details.errors.startInvalid') });
  else if (start === 'missing-time') problems.push({ field: DETAILS_IDS.startTime, message: t('details.errors.startTimeMissing') });
  else if (start === 'invalid-time') problems.push({ field: DETAILS_IDS.startTime, message: t('details.errors.startTimeInvalid') });
  else if (start.instant.getTime() <= now.getTime()) problems.push({ field: DETAILS_IDS.start, message: t('details.errors.startPast') });
  else if (start.instant.getTime() > latestOperationStart(now).getTime()) problems.push({ field: DETAILS_IDS.start, message: t('details.errors.startTooFar') });

  const hours = wholeNumber(form.durationHours);
  const minutes = wholeNumber(form.durationMinutes);
  let duration: number | undefined;
  if (hours === null && minutes === null) problems.push({ field: DETAILS_IDS.duration, message: t('details.errors.durationMissing') });
  else if (Number.isNaN(hours) || Number.isNaN(minutes) || (minutes ?? 0) > 59) problems.push({ field: DETAILS_IDS.duration, message: t('details.errors.durationInvalid') });
  else {
    duration = (hours ?? 0) * 60 + (minutes ?? 0);
    if (duration <= 0) problems.push({ field: DETAILS_IDS.duration, message: t('details.errors.durationInvalid') });
  }

  need(form.generalArea.trim() !== '', DETAILS_IDS.generalArea, 'generalAreaMissing');
  const addresses = form.addresses.map((address) => address.trim()).filter((address) => address !== '');
  need(addresses.length > 0, DETAILS_IDS.addresses, 'addressesMissing');

  const expectedPeople = wholeNumber(form.expectedPeople);
  if (expectedPeople === null) problems.push({ field: DETAILS_IDS.expectedPeople, message: t('details.errors.expectedPeopleMissing') });
  else if (Number.isNaN(expectedPeople)) problems.push({ field: DETAILS_IDS.expectedPeople, message: t('details.errors.expectedPeopleInvalid') });

  need(form.dependentsExpected !== '', DETAILS_IDS.dependentsExpected, 'dependentsExpectedMissing');
  need(form.dependentsExpected !== 'yes' || form.dependentsArrangements.trim() !== '', DETAILS_IDS.dependentsArrangements, 'dependentsArrangementsMissing');
  need(form.mediaDecision !== '', DETAILS_IDS.mediaDecision, 'mediaDecisionMissing');
  need(form.mediaDecision !== 'BY_AGREEMENT' || form.mediaReason.trim() !== '', DETAILS_IDS.mediaReason, 'mediaReasonMissing');
  need(form.safeguardingLeadName.trim() !== '', DETAILS_IDS.safeguardingLeadName, 'safeguardingLeadNameMissing');
  need(form.safeguardingLeadRole.trim() !== '', DETAILS_IDS.safeguardingLeadRole, 'safeguardingLeadRoleMissing');

  const officers = wholeNumber(form.officersAttending);
  const female = wholeNumber(form.femaleOfficersAttending);
  if (officers === null) problems.push({ field: DETAILS_IDS.officersAttending, message: t('details.errors.officersMissing') });
  else if (Number.isNaN(officers)) problems.push({ field: DETAILS_IDS.officersAttending, message: t('details.errors.officersInvalid') });
  if (female === null) problems.push({ field: DETAILS_IDS.femaleOfficersAttending, message: t('details.errors.femaleOfficersMissing') });
  else if (Number.isNaN(female)) problems.push({ field: DETAILS_IDS.femaleOfficersAttending, message: t('details.errors.femaleOfficersInvalid') });
  else if (officers !== null && !Number.isNaN(officers) && female > officers) {
    problems.push({ field: DETAILS_IDS.femaleOfficersAttending, message: t('details.errors.femaleOfficersTooMany') });
  }
  need(female !== 0 || form.noFemaleOfficersReason.trim() !== '', DETAILS_IDS.noFemaleOfficersReason, 'noFemaleOfficersReasonMissing');
  need(form.interpreterArranged !== '', DETAILS_IDS.interpreterArranged, 'interpreterMissing');
  need(form.proportionalityStatement.trim() !== '', DETAILS_IDS.proportionalityStatement, 'proportionalityMissing');

  const disclosure = instantOf(form.disclosure);
  if (disclosure === 'missing-date' || disclosure === 'invalid-date') problems.push({ field: DETAILS_IDS.disclosure, message: t('details.errors.disclosureInvalid') });
  else if (disclosure === 'missing-time') problems.push({ field: DETAILS_IDS.disclosureTime, message: t('details.errors.disclosureTimeMissing') });
  else if (disclosure === 'invalid-time') problems.push({ field: DETAILS_IDS.disclosureTime, message: t('details.errors.disclosureTimeInvalid') });
  else if (disclosure !== 'empty' && typeof start === 'object' && disclosure.instant.getTime() >= start.instant.getTime()) {
    problems.push({ field: DETAILS_IDS.disclosure, message: t('details.errors.disclosureAfterStart') });
  }

  if (
    problems.length > 0 ||
    form.type === '' ||
    form.mediaDecision === '' ||
    typeof start !== 'object' ||
    duration === undefined ||
    expectedPeople === null ||
    officers === null ||
    female === null ||
    (disclosure !== 'empty' && typeof disclosure !== 'object')
  ) {
    return { problems };
  }
  const dependentsExpected = form.dependentsExpected === 'yes';
  return {
    problems,
    details: {
      reference: form.reference.trim(),
      type: form.type,
      plannedStart: start.instant.toISOString(),
      expectedDurationMinutes: duration,
      generalArea: form.generalArea.trim(),
      addresses,
      briefingPoint: optional(form.briefingPoint),
      expectedPeople,
      expectedLanguages: languagesOf(form.expectedLanguages),
      dependentsExpected,
      dependentsArrangements: dependentsExpected ? optional(form.dependentsArrangements) : null,
      mediaDecision: form.mediaDecision,
      mediaReason: form.mediaDecision === 'BY_AGREEMENT' ? optional(form.mediaReason) : null,
      safeguardingLeadName: form.safeguardingLeadName.trim(),
      safeguardingLeadRole: form.safeguardingLeadRole.trim(),
      officersAttending: officers,
      femaleOfficersAttending: female,
      noFemaleOfficersReason: female === 0 ? optional(form.noFemaleOfficersReason) : null,
      interpreterArranged: form.interpreterArranged === 'yes',
      proportionalityStatement: form.proportionalityStatement.trim(),
      intelligenceReference: optional(form.intelligenceReference),
      partnershipPlanId: optional(form.partnershipPlanId),
      disclosureAt: disclosure === 'empty' ? null : disclosure.instant.toISOString(),
    },
  };
}

const NAMED_FIELDS: Readonly<Record<string, string>> = {
  reference: DETAILS_IDS.reference,
  type: DETAILS_IDS.type,
  plannedStart: DETAILS_IDS.start,
  expectedDurationMinutes: DETAILS_IDS.duration,
  generalArea: DETAILS_IDS.generalArea,
  addresses: DETAILS_IDS.addresses,
  briefingPoint: DETAILS_IDS.briefingPoint,
  expectedPeople: DETAILS_IDS.expectedPeople,
  expectedLanguages: DETAILS_IDS.expectedLanguages,
  dependentsExpected: DETAILS_IDS.dependentsExpected,
  dependentsArrangements: DETAILS_IDS.dependentsArrangements,
  mediaDecision: DETAILS_IDS.mediaDecision,
  mediaReason: DETAILS_IDS.mediaReason,
  safeguardingLeadName: DETAILS_IDS.safeguardingLeadName,
  safeguardingLeadRole: DETAILS_IDS.safeguardingLeadRole,
  officersAttending: DETAILS_IDS.officersAttending,
  femaleOfficersAttending: DETAILS_IDS.femaleOfficersAttending,
  noFemaleOfficersReason: DETAILS_IDS.noFemaleOfficersReason,
  interpreterArranged: DETAILS_IDS.interpreterArranged,
  proportionalityStatement: DETAILS_IDS.proportionalityStatement,
  intelligenceReference: DETAILS_IDS.intelligenceReference,
  disclosureAt: DETAILS_IDS.disclosure,
};

/** The field an api message about the details is on: the one the api named, or one its words name. */
export function detailsFieldOf(message: string, named: string | undefined): string | undefined {
  const key = named?.replace(/^input\./, '');
  if (key !== undefined && NAMED_FIELDS[key] !== undefined) return NAMED_FIELDS[key];
  const rules: [RegExp, string][] = [
    [/disclos/i, DETAILS_IDS.disclosure],
    [/no female/i, DETAILS_IDS.noFemaleOfficersReason],
    [/arrangements/i, DETAILS_IDS.dependentsArrangements],
    [/media reason/i, DETAILS_IDS.mediaReason],
    [/female/i, DETAILS_IDS.femaleOfficersAttending],
    [/officers/i, DETAILS_IDS.officersAttending],
    [/start/i, DETAILS_IDS.start],
    [/duration/i, DETAILS_IDS.duration],
    [/address/i, DETAILS_IDS.addresses],
    [/general area/i, DETAILS_IDS.generalArea],
    [/briefing/i, DETAILS_IDS.briefingPoint],
    [/dependent/i, DETAILS_IDS.dependentsExpected],
    [/media/i, DETAILS_IDS.mediaDecision],
    [/safeguarding lead.*role|role/i, DETAILS_IDS.safeguardingLeadRole],
    [/safeguarding lead/i, DETAILS_IDS.safeguardingLeadName],
    [/proportionality/i, DETAILS_IDS.proportionalityStatement],
    [/intelligence/i, DETAILS_IDS.intelligenceReference],
    [/language/i, DETAILS_IDS.expectedLanguages],
    [/people/i, DETAILS_IDS.expectedPeople],
    [/interpreter/i, DETAILS_IDS.interpreterArranged],
    [/reference/i, DETAILS_IDS.reference],
    [/type/i, DETAILS_IDS.type],
  ];
  return rules.find(([pattern]) => pattern.test(message))?.[1];
}
