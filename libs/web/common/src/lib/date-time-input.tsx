import type { ReactNode } from 'react';
import { DateInput, dateInputClass } from '@liaise/web-ui';
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
export function DateTimeInput({ id, legend, hint, error, errorPrefix, value, onChange, texts }: DateTimeInputProps) {
  return (
    <DateInput
      id={id}
      legend={legend}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      value={value.date}
      onChange={(date) => onChange({ ...value, date })}
      texts={texts}
    >
      <div className="govuk-date-input__item">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-time`}>
            {texts.time}
          </label>
          <input
            className={dateInputClass(5, error)}
            id={`${id}-time`}
            name={`${id}-time`}
            type="text"
            value={value.time}
            onChange={(event) => onChange({ ...value, time: event.target.value })}
          />
        </div>
      </div>
    </DateInput>
  );
}
