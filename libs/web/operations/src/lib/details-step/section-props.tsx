import type { TFunction } from 'i18next';
import { OPERATION_DETAILS_LIMITS } from '@liaise/shared-domain';
import type { DateTimeInputTexts } from '@liaise/web-common';
import type { CharacterCountTexts } from '@liaise/web-ui';
import { DETAILS_IDS, type DetailsField, type DetailsForm } from './details-form.js';

/** What each section of the details form is given: the answers so far, their problems, and a way to change one. */
export interface DetailsSectionProps {
  readonly form: DetailsForm;
  /** The words of a field's problem, if it has one. */
  readonly errorFor: (field: DetailsField) => string | undefined;
  /** "Error", read before each field's problem. */
  readonly errorPrefix: string;
  readonly onChange: <K extends keyof DetailsForm>(key: K, value: DetailsForm[K]) => void;
}

type TextKey = { [K in keyof DetailsForm]: DetailsForm[K] extends string ? K : never }[keyof DetailsForm] & DetailsField;

/** The props a text input or textarea for one of the form's answers takes. */
export function textField({ form, errorFor, errorPrefix, onChange }: DetailsSectionProps, key: TextKey) {
  return {
    id: DETAILS_IDS[key],
    name: key,
    value: form[key],
    error: errorFor(key),
    errorPrefix,
    onChange: (event: { readonly target: { readonly value: string } }) => onChange(key, event.target.value),
  };
}

const LIMITS = OPERATION_DETAILS_LIMITS;

/** The most characters each text answer may have, as the shared rules say: shown beside it by a character count. */
export const TEXT_LIMITS = {
  reference: LIMITS.reference,
  generalArea: LIMITS.generalArea,
  address: LIMITS.address,
  briefingPoint: LIMITS.briefingPoint,
  dependentsArrangements: LIMITS.longText,
  mediaReason: LIMITS.longText,
  safeguardingLeadName: LIMITS.name,
  safeguardingLeadRole: LIMITS.name,
  noFemaleOfficersReason: LIMITS.longText,
  proportionalityStatement: LIMITS.statement,
  intelligenceReference: LIMITS.reference,
} as const;

/** GOV.UK's character count's words for a limit, in the reader's language. */
export function characterCountTexts(t: TFunction<'operations'>, max: number): CharacterCountTexts {
  return { limit: t('characterCount.limit', { count: max }), count: t('characterCount.count', { returnObjects: true }) as CharacterCountTexts['count'] };
}

/** An answer with a limit, long or one line: the props of its character count (`CharacterCount`, `CharacterCountInput`). */
export function countedField(props: DetailsSectionProps, key: TextKey & keyof typeof TEXT_LIMITS, t: TFunction<'operations'>) {
  return { ...textField(props, key), maxLength: TEXT_LIMITS[key], texts: characterCountTexts(t, TEXT_LIMITS[key]) };
}

export const dateTimeTexts = (t: TFunction<'operations'>) => t('dateTime', { returnObjects: true }) as DateTimeInputTexts;
