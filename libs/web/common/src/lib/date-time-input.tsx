import type { ReactNode } from 'react';
import type { DateParts } from '@liaise/web-ui';
import type { DateTimeParts } from './date-time.js';

export interface DateTimeInputTexts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly time: string;
}

export interface DateTimeInputProps {
  /** The group's id: the day field is `<id>-day` (an error summary link's target), the time `<id>-time`. */
  readonly id: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly errorPrefix?: string;
  readonly value: DateTimeParts;
  readonly onChange: (value: DateTimeParts) => void;
  readonly texts: DateTimeInputTexts;
}

/** GOV.UK's date input, day, month and year, with a time field after them, in one fieldset. */
export function DateTimeInput({ id, legend, hint, error, errorPrefix = 'Error', value, onChange, texts }: DateTimeInputProps) {
  const describedBy = [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`].filter(Boolean).join(' ');
  const inputClass = (width: 2 | 4 | 5) => `govuk-input govuk-date-input__input govuk-input--width-${width}${error === undefined ? '' : ' govuk-input--error'}`;
  const dateField = (part: keyof DateParts, width: 2 | 4) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
          {texts[part]}
        </label>
        <input
          className={inputClass(width)}
          id={`${id}-${part}`}
          name={`${id}-${part}`}
          type="text"
          inputMode="numeric"
          value={value.date[part]}
          onChange={(event) => onChange({ ...value, date: { ...value.date, [part]: event.target.value } })}
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
          {dateField('day', 2)}
          {dateField('month', 2)}
          {dateField('year', 4)}
          <div className="govuk-date-input__item">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-time`}>
                {texts.time}
              </label>
              <input
                className={inputClass(5)}
                id={`${id}-time`}
                name={`${id}-time`}
                type="text"
                value={value.time}
                onChange={(event) => onChange({ ...value, time: event.target.value })}
              />
            </div>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
