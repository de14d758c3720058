import { Fragment, type ReactNode } from 'react';

export interface Choice {
  readonly value: string;
  readonly text: ReactNode;
  readonly hint?: ReactNode;
  /** Shown under the choice while it is chosen (GOV.UK's conditional reveal): a question that follows from it. */
  readonly conditional?: ReactNode;
}

interface ChoicesCommonProps {
  /** The group's id; the first input takes it, so an error summary link reaches the group. */
  readonly id: string;
  readonly name: string;
  readonly legend: ReactNode;
  /** `s` (the default) for a question among others; `m` or `l` for a page's main question. */
  readonly legendSize?: 's' | 'm' | 'l';
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly errorPrefix?: string;
  readonly choices: readonly Choice[];
  /** Side by side, for two short answers such as yes and no (no conditional reveal then). */
  readonly inline?: boolean;
  /** Smaller inputs, for a filter or a long list. */
  readonly small?: boolean;
}

export type RevealRadiosProps = ChoicesCommonProps & { readonly value: string; readonly onChange: (value: string) => void };
export type CheckboxesProps = ChoicesCommonProps & { readonly values: readonly string[]; readonly onChange: (values: string[]) => void };

/** The id of a group's n-th input (from 0): the first takes the group's id. */
export const choiceId = (groupId: string, index: number) => (index === 0 ? groupId : `${groupId}-${index + 1}`);

function ChoiceGroup({
  kind,
  id,
  name,
  legend,
  legendSize = 's',
  hint,
  error,
  errorPrefix = 'Error',
  choices,
  inline = false,
  small = false,
  isChosen,
  onToggle,
}: ChoicesCommonProps & { kind: 'radios' | 'checkboxes'; isChosen: (value: string) => boolean; onToggle: (value: string, checked: boolean) => void }) {
  const describedBy = [hint === undefined ? undefined : `${id}-hint`, error === undefined ? undefined : `${id}-error`].filter(Boolean).join(' ');
  const classes = [`govuk-${kind}`, inline ? `govuk-${kind}--inline` : '', small ? `govuk-${kind}--small` : ''].filter((part) => part !== '').join(' ');
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy === '' ? undefined : describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
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
        <div className={classes}>
          {choices.map((choice, index) => {
            const inputId = choiceId(id, index);
            const chosen = isChosen(choice.value);
            const conditionalId = `${inputId}-conditional`;
            return (
              <Fragment key={choice.value}>
                <div className={`govuk-${kind}__item`}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={inputId}
                    name={name}
                    type={kind === 'radios' ? 'radio' : 'checkbox'}
                    value={choice.value}
                    checked={chosen}
                    onChange={(event) => onToggle(choice.value, event.target.checked)}
                    aria-describedby={choice.hint === undefined ? undefined : `${inputId}-item-hint`}
                    aria-controls={choice.conditional === undefined || !chosen ? undefined : conditionalId}
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
                    {choice.text}
                  </label>
                  {choice.hint !== undefined && (
                    <div id={`${inputId}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                      {choice.hint}
                    </div>
                  )}
                </div>
                {choice.conditional !== undefined && chosen && !inline && (
                  <div className={`govuk-${kind}__conditional`} id={conditionalId}>
                    {choice.conditional}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK radios in a fieldset: one choice of a few, a choice's follow-up question revealed under it. */
export function RevealRadios({ value, onChange, ...props }: RevealRadiosProps) {
  return <ChoiceGroup kind="radios" {...props} isChosen={(choice) => choice === value} onToggle={(choice) => onChange(choice)} />;
}

/** GOV.UK checkboxes in a fieldset: any number of choices, a choice's follow-up question revealed under it. */
export function Checkboxes({ values, onChange, ...props }: CheckboxesProps) {
  return (
    <ChoiceGroup
      kind="checkboxes"
      {...props}
      isChosen={(choice) => values.includes(choice)}
      onToggle={(choice, checked) => onChange(checked ? [...values.filter((value) => value !== choice), choice] : values.filter((value) => value !== choice))}
    />
  );
}
