import type { ReactNode } from 'react';

export interface RadioOption {
  readonly value: string;
  readonly text: ReactNode;
  readonly hint?: ReactNode;
}

export interface RadiosProps {
  /** The group's id; the first radio takes it, so an error summary link reaches the group. */
  readonly id: string;
  readonly name: string;
  readonly legend: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly errorPrefix?: string;
  readonly options: readonly RadioOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Side by side, for two short answers such as yes and no. */
  readonly inline?: boolean;
}

/** GOV.UK radios in a fieldset: one choice of a few. */
export function Radios({ id, name, legend, hint, error, errorPrefix = 'Error', options, value, onChange, inline = false }: RadiosProps) {
  const describedBy = [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy === '' ? undefined : describedBy}>
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
        <div className={inline ? 'govuk-radios govuk-radios--inline' : 'govuk-radios'}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint === undefined ? undefined : `${optionId}-item-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.text}
                </label>
                {option.hint !== undefined && (
                  <div id={`${optionId}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
