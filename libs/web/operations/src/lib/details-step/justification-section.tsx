import { useTranslation } from 'react-i18next';
import { CharacterCount, CharacterCountInput } from '@liaise/web-ui';
import { DateTimeInput } from '@liaise/web-common';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { countedField, dateTimeTexts, type DetailsSectionProps } from './section-props.js';

/** Why the operation is proportionate, the intelligence behind it, and when partners see its exact details. */
export function JustificationSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { form, errorFor, errorPrefix, onChange } = props;
  return (
    <>
      <CharacterCount {...countedField(props, 'proportionalityStatement', t)} label={t('details.proportionalityStatement')} hint={t('details.proportionalityStatementHint')} rows={6} />
      <CharacterCountInput
        {...countedField(props, 'intelligenceReference', t)}
        label={t('details.intelligenceReference')}
        hint={t('details.intelligenceReferenceHint')}
        widthClass="govuk-input--width-20"
      />
      <DateTimeInput
        id="disclosure"
        legend={t('details.disclosure')}
        hint={t('details.disclosureHint')}
        value={form.disclosure}
        onChange={(disclosure) => onChange('disclosure', disclosure)}
        error={errorFor('disclosureAt') ?? errorFor('disclosureAtTime')}
        errorPrefix={errorPrefix}
        texts={dateTimeTexts(t)}
      />
    </>
  );
}
