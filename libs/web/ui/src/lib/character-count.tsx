import { useRef, type TextareaHTMLAttributes } from 'react';
import { CharacterCount as GovukCharacterCount, type CharacterCountConfig } from './govuk-frontend.js';
import { describedBy, FieldText, type FieldProps } from './text-input.js';
import { useGovukComponent } from './use-govuk-component.js';

export interface CharacterCountTexts {
  /** Said before the script runs, or without it: "You can enter up to 200 characters". */
  readonly limit: string;
  /** The script's live words, in the reader's language; GOV.UK Frontend's English without them. */
  readonly count?: CharacterCountConfig['i18n'];
}

export type CharacterCountProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'maxLength'> & {
    /** The most characters the field takes: the same limit the api refuses beyond (`TOO_LONG`). */
    readonly maxLength: number;
    readonly texts: CharacterCountTexts;
  };

/**
 * GOV.UK's character count: a textarea that says how many characters are left as the person types, and
 * lets them type past the limit (the error then says so) rather than cutting their words off.
 */
export function CharacterCount({ id, label, hint, error, errorPrefix, rows = 5, maxLength, texts, ...textarea }: CharacterCountProps) {
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
      <FieldText id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} />
      <textarea
        id={id}
        rows={rows}
        className={error === undefined ? 'govuk-textarea govuk-js-character-count' : 'govuk-textarea govuk-js-character-count govuk-textarea--error'}
        aria-describedby={[describedBy(id, hint, error), info].filter(Boolean).join(' ')}
        {...textarea}
      />
      <div id={info} className="govuk-hint govuk-character-count__message">
        {texts.limit}
      </div>
    </div>
  );
}
