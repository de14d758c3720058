import type { TFunction } from 'i18next';
import type { DateTimeInputTexts } from '@liaise/web-common';
import { DETAILS_IDS, type DetailsForm } from './details-form.js';

/** What each section of the details form is given: the answers so far, their problems, and a way to change one. */
export interface DetailsSectionProps {
  readonly form: DetailsForm;
  /** The problem's words on the field with this id, if it has one. */
  readonly errorFor: (fieldId: string) => string | undefined;
  readonly onChange: <K extends keyof DetailsForm>(key: K, value: DetailsForm[K]) => void;
}

type TextKey = { [K in keyof DetailsForm]: DetailsForm[K] extends string ? K : never }[keyof DetailsForm] & keyof typeof DETAILS_IDS;

/** The props a text input or textarea for one of the form's answers takes. */
export function textField({ form, errorFor, onChange }: DetailsSectionProps, key: TextKey, t: TFunction<'operations'>) {
  return {
    id: DETAILS_IDS[key],
    name: key,
    value: form[key],
    error: errorFor(DETAILS_IDS[key]),
    errorPrefix: t('errorPrefix'),
    onChange: (event: { readonly target: { readonly value: string } }) => onChange(key, event.target.value),
  };
}

export const dateTimeTexts = (t: TFunction<'operations'>) => t('dateTime', { returnObjects: true }) as DateTimeInputTexts;
