import { useMemo, useRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { CharacterCount as GovukCharacterCount, type CharacterCountConfig, type PluralForms } from './govuk-frontend.js';
import { describedBy, FieldText, type FieldProps } from './text-input.js';
import { useGovukComponent } from './use-govuk-component.js';

/** Words of a count, as GOV.UK Frontend takes them: `%{count}` is the number, `one` and `other` its plural forms. */
export interface CharacterCountTexts {
  /** "You can enter up to %{count} characters": the limit, said before anything is typed (and without JavaScript). */
  readonly description: PluralForms;
  readonly underLimit: PluralForms;
  readonly atLimit: string;
  readonly overLimit: PluralForms;
}

export const CHARACTER_COUNT_TEXTS: CharacterCountTexts = {
  description: { one: 'You can enter up to %{count} character', other: 'You can enter up to %{count} characters' },
  underLimit: { one: 'You have %{count} character remaining', other: 'You have %{count} characters remaining' },
  atLimit: 'You have 0 characters remaining',
  overLimit: { one: 'You have %{count} character too many', other: 'You have %{count} characters too many' },
};

type Field = FieldProps & {
  /** The most characters the answer may have: shown beside the field, counted down as it is typed. */
  readonly maxLength: number;
  readonly texts?: CharacterCountTexts;
};

type CountedField =
  | ({ readonly singleLine?: false } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className' | 'maxLength'>)
  | ({
      /** A text input rather than a textarea, for a short answer. */
      readonly singleLine: true;
      readonly widthClass?: string;
    } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'maxLength' | 'type'>);

export type CharacterCountProps = Field & CountedField;

/**
 * GOV.UK's character count: a field with its limit said beside it, which GOV.UK Frontend's script turns into
 * a live count of what is left (or over). The browser does not stop the typing at the limit: GOV.UK lets
 * people go over and see by how much, and the form's checks say so.
 */
export function CharacterCount({ id, label, hint, error, errorPrefix, maxLength, texts = CHARACTER_COUNT_TEXTS, ...field }: CharacterCountProps) {
  const ref = useRef<HTMLDivElement>(null);
  const config = useMemo<CharacterCountConfig>(
    () => ({ maxlength: maxLength, i18n: { charactersUnderLimit: texts.underLimit, charactersAtLimit: texts.atLimit, charactersOverLimit: texts.overLimit } }),
    [maxLength, texts],
  );
  useGovukComponent(ref, GovukCharacterCount, config);
  const infoId = `${id}-info`;
  const ariaDescribedBy = [infoId, describedBy(id, hint, error)].filter(Boolean).join(' ');
  return (
    <div ref={ref} className={`govuk-form-group govuk-character-count${error === undefined ? '' : ' govuk-form-group--error'}`} data-module="govuk-character-count" data-maxlength={maxLength}>
      <FieldText id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} />
      {countedField(field, id, ariaDescribedBy, error !== undefined)}
      <div id={infoId} className="govuk-hint govuk-character-count__message">
        {(maxLength === 1 ? texts.description.one : texts.description.other).replace('%{count}', String(maxLength))}
      </div>
    </div>
  );
}

/** The input or textarea whose characters are counted (the script finds it by `govuk-js-character-count`). */
function countedField(field: CountedField, id: string, ariaDescribedBy: string, hasError: boolean) {
  if (field.singleLine === true) {
    const { singleLine: _singleLine, widthClass, ...input } = field;
    const className = ['govuk-input govuk-js-character-count', widthClass, hasError ? 'govuk-input--error' : undefined].filter(Boolean).join(' ');
    return <input {...input} id={id} type="text" className={className} aria-describedby={ariaDescribedBy} />;
  }
  const { singleLine: _singleLine, rows = 5, ...textarea } = field;
  const className = `govuk-textarea govuk-js-character-count${hasError ? ' govuk-textarea--error' : ''}`;
  return <textarea {...textarea} id={id} rows={rows} className={className} aria-describedby={ariaDescribedBy} />;
}
