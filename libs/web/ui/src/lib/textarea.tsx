import type { TextareaHTMLAttributes } from 'react';
import { describedBy, FieldText, type FieldProps } from './text-input.js';

export type TextareaProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

/** A GOV.UK textarea with its label, hint and error message. */
export function Textarea({ id, label, hint, error, errorPrefix, rows = 5, ...textarea }: TextareaProps) {
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <FieldText id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} />
      <textarea
        id={id}
        rows={rows}
        className={error === undefined ? 'govuk-textarea' : 'govuk-textarea govuk-textarea--error'}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </div>
  );
}
