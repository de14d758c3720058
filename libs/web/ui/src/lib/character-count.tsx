import { useRef, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { CharacterCount as GovukCharacterCount, type CharacterCountConfig } from './govuk-frontend.js';
import { describedBy, FieldText, type FieldProps } from './text-input.js';
import { useGovukComponent } from './use-govuk-component.js';

export interface CharacterCountTexts {
  /** Said before the script runs, or without it: "You can enter up to 200 characters". */
  readonly limit: string;
  /** The script's live words, in the reader's language; GOV.UK Frontend's English without them. */
  readonly count?: CharacterCountConfig['i18n'];
}

interface CountedProps {
  /** The most characters the field takes: the same limit the api refuses beyond (`TOO_LONG`). */
  readonly maxLength: number;
  readonly texts: CharacterCountTexts;
}

export type CharacterCountProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'maxLength'> & CountedProps;

export type CharacterCountInputProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'maxLength'> &
  CountedProps & {
    /** A fixed width for an answer of known length: `govuk-input--width-10` and the like. */
    readonly widthClass?: string;
  };

/**
 * GOV.UK Frontend's character count around one field (`control`, given its `aria-describedby`): the label,
 * hint and error, the limit said before the script runs (or without it), the count once it does.
 */
function Counted({ id, label, hint, error, errorPrefix, labelIsPageHeading, maxLength, texts, control }: FieldProps & CountedProps & { readonly control: (describedBy: string) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const config = useRef<CharacterCountConfig>({ maxlength: maxLength, ...(texts.count === undefined ? {} : { i18n: texts.count }) });
  useGovukComponent(ref, GovukCharacterCount, config.current);
  const info = `${id}-info`;
  return (
    <div
      ref={ref}
      className={error === undefined ? 'govuk-form-group govuk-character-count' : 'govuk-form-group govuk-form-group--error govuk-character-count'}
      data-module="govuk-character-count"
      data-maxlength={maxLength}
    >
      <FieldText id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} labelIsPageHeading={labelIsPageHeading} />
      {control([describedBy(id, hint, error), info].filter(Boolean).join(' '))}
      <div id={info} className="govuk-hint govuk-character-count__message">
        {texts.limit}
      </div>
    </div>
  );
}

/**
 * GOV.UK's character count: a textarea that says how many characters are left as the person types, and
 * lets them type past the limit (the error then says so) rather than cutting their words off.
 */
export function CharacterCount({ id, label, hint, error, errorPrefix, labelIsPageHeading, rows = 5, maxLength, texts, ...textarea }: CharacterCountProps) {
  return (
    <Counted
      {...{ id, label, hint, error, errorPrefix, labelIsPageHeading, maxLength, texts }}
      control={(described) => (
        <textarea
          id={id}
          rows={rows}
          className={error === undefined ? 'govuk-textarea govuk-js-character-count' : 'govuk-textarea govuk-js-character-count govuk-textarea--error'}
          aria-describedby={described}
          {...textarea}
        />
      )}
    />
  );
}

/**
 * GOV.UK's character count on a one-line answer: a text input (`govuk-input govuk-js-character-count`)
 * that says how many characters are left as the person types, and lets them type past the limit.
 */
export function CharacterCountInput({ id, label, hint, error, errorPrefix, labelIsPageHeading, widthClass, maxLength, texts, type = 'text', ...input }: CharacterCountInputProps) {
  return (
    <Counted
      {...{ id, label, hint, error, errorPrefix, labelIsPageHeading, maxLength, texts }}
      control={(described) => (
        <input
          id={id}
          type={type}
          className={['govuk-input', 'govuk-js-character-count', widthClass, error === undefined ? undefined : 'govuk-input--error'].filter(Boolean).join(' ')}
          aria-describedby={described}
          {...input}
        />
      )}
    />
  );
}
