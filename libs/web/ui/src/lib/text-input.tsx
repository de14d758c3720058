import type { InputHTMLAttributes, ReactNode } from 'react';

export interface FieldProps {
  /** The input's id: error summary links point at it (`#id`). */
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** Shown above the input, and read with it (`aria-describedby`). */
  readonly error?: string;
  /** Read before the error message, visually hidden: "Error". */
  readonly errorPrefix?: string;
  /** On a page that asks one question, the label is the page's heading (`<h1>`), in large text. */
  readonly labelIsPageHeading?: boolean;
}

/** The ids an input is described by: its hint, then its error message. */
export function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`].filter(
    (value): value is string => value !== undefined,
  );
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** A field's label, hint and error message, in GOV.UK's order. */
export function FieldText({ id, label, hint, error, errorPrefix = 'Error', labelIsPageHeading = false }: FieldProps) {
  return (
    <>
      {labelIsPageHeading ? (
        <h1 className="govuk-label-wrapper">
          <label className="govuk-label govuk-label--l" htmlFor={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label className="govuk-label" htmlFor={id}>
          {label}
        </label>
      )}
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
    </>
  );
}

export type TextInputProps = FieldProps & {
  /** A fixed width for an answer of known length: `govuk-input--width-10` and the like. */
  readonly widthClass?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/** A GOV.UK text input with its label, and its error message when it has one. */
export function TextInput({ id, label, hint, error, errorPrefix, labelIsPageHeading, widthClass, type = 'text', ...input }: TextInputProps) {
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <FieldText id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} labelIsPageHeading={labelIsPageHeading} />
      <input
        id={id}
        type={type}
        className={['govuk-input', widthClass, error === undefined ? undefined : 'govuk-input--error'].filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </div>
  );
}
