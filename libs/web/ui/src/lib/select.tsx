import type { SelectHTMLAttributes } from 'react';
import { describedBy, FieldText, type FieldProps } from './text-input.js';

export interface SelectOption {
  readonly value: string;
  readonly text: string;
}

export type SelectProps = FieldProps & {
  readonly options: readonly SelectOption[];
  /** A first, empty option ("Choose a project"), for when nothing is chosen yet. */
  readonly placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'>;

/** A GOV.UK select. Use it for a long list; radios for a few choices. */
export function Select({ id, label, hint, error, errorPrefix, options, placeholder, ...select }: SelectProps) {
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <FieldText id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} />
      <select
        id={id}
        className={error === undefined ? 'govuk-select' : 'govuk-select govuk-select--error'}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
