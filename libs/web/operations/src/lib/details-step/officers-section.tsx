import { useTranslation } from 'react-i18next';
import { CharacterCount, CharacterCountInput, RevealRadios, TextInput } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { DETAILS_IDS, type DetailsForm } from './details-form.js';
import { countedField, textField, type DetailsSectionProps } from './section-props.js';

/**
 * The force's side: the safeguarding lead, how many officers attend and how many of them are women (with a
 * reason asked for when none are), and whether an interpreter is arranged.
 */
export function OfficersSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { form, errorFor, errorPrefix, onChange } = props;
  const femaleNone = form.femaleOfficersAttending.trim() === '0';
  return (
    <>
      <CharacterCountInput {...countedField(props, 'safeguardingLeadName', t)} label={t('details.safeguardingLeadName')} hint={t('details.safeguardingLeadNameHint')} />
      <CharacterCountInput {...countedField(props, 'safeguardingLeadRole', t)} label={t('details.safeguardingLeadRole')} hint={t('details.safeguardingLeadRoleHint')} />
      <TextInput {...textField(props, 'officersAttending')} label={t('details.officersAttending')} inputMode="numeric" widthClass="govuk-input--width-3" />
      <TextInput {...textField(props, 'femaleOfficersAttending')} label={t('details.femaleOfficersAttending')} inputMode="numeric" widthClass="govuk-input--width-3" />
      {femaleNone && <CharacterCount {...countedField(props, 'noFemaleOfficersReason', t)} label={t('details.noFemaleOfficersReason')} rows={3} />}
      <RevealRadios
        id={DETAILS_IDS.interpreterArranged}
        name="interpreterArranged"
        legend={t('details.interpreterArranged')}
        inline
        value={form.interpreterArranged}
        onChange={(value) => onChange('interpreterArranged', value as DetailsForm['interpreterArranged'])}
        error={errorFor('interpreterArranged')}
        errorPrefix={errorPrefix}
        choices={[
          { value: 'yes', text: t('yes') },
          { value: 'no', text: t('no') },
        ]}
      />
    </>
  );
}
