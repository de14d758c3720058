import type { ReactNode } from 'react';

/** A date as typed in the three fields. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The fields of an ISO date (YYYY-MM-DD), for editing; empty fields for none. */
export function datePartsOf(isoDate: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  if (match === null) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/**
 * The ISO date (YYYY-MM-DD) the fields make; `empty` when all are blank, `invalid` when they are not a real
 * date (a four-digit year, a month of 1 to 12, a day that month has).
 */
export function isoDateOf(parts: DateParts): string | 'empty' | 'invalid' {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (day === '' && month === '' && year === '') return 'empty';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return 'invalid';
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'invalid';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export interface DateInputTexts {
  /** "Day", "Month", "Year" */
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const DATE_INPUT_TEXTS: DateInputTexts = { day: 'Day', month: 'Month', year: 'Year' };

export interface DateInputProps {
  /** The group's id; the day field is `<id>-day`, which an error summary link should point at. */
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly errorPrefix?: string;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
  readonly texts?: DateInputTexts;
  /** More fields after the year, in the same row and fieldset (a time, say): `dateInputItem` lays one out. */
  readonly children?: ReactNode;
}

/** The class of an input in a date input's row, marked when the group has an error. */
export function dateInputClass(width: 2 | 4 | 5, error: string | undefined): string {
  return `govuk-input govuk-date-input__input govuk-input--width-${width}${error === undefined ? '' : ' govuk-input--error'}`;
}

/** GOV.UK's date input: day, month and year as three fields in a fieldset. */
export function DateInput({ id, legend, hint, error, errorPrefix = 'Error', value, onChange, texts = DATE_INPUT_TEXTS, children }: DateInputProps) {
  const describedBy = [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`].filter(Boolean).join(' ');
  const field = (part: keyof DateParts, width: 2 | 4) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
          {texts[part]}
        </label>
        <input
          className={dateInputClass(width, error)}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          value={value[part]}
          onChange={(event) => onChange({ ...value, [part]: event.target.value })}
        />
      </div>
    </div>
  );
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy === '' ? undefined : describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint !== undefined && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error !== undefined && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">{errorPrefix}:</span> {error}
          </p>
        )}
        <div className="govuk-date-input" id={id}>
          {field('day', 2)}
          {field('month', 2)}
          {field('year', 4)}
          {children}
        </div>
      </fieldset>
    </div>
  );
}
