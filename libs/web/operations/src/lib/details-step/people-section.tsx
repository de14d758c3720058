import { useTranslation } from 'react-i18next';
import { MEDIA_DECISIONS, type MediaDecision } from '@liaise/shared-domain';
import { CharacterCount, RevealRadios, TextInput } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { DETAILS_IDS, type DetailsForm } from './details-form.js';
import { countedField, textField, type DetailsSectionProps } from './section-props.js';

/** The people the operation expects to meet: how many, their languages, dependents, and whether media may attend. */
export function PeopleSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { form, errorFor, errorPrefix, onChange } = props;
  return (
    <>
      <TextInput {...textField(props, 'expectedPeople')} label={t('details.expectedPeople')} inputMode="numeric" widthClass="govuk-input--width-3" />
      <TextInput {...textField(props, 'expectedLanguages')} label={t('details.expectedLanguages')} hint={t('details.expectedLanguagesHint')} />
      <RevealRadios
        id={DETAILS_IDS.dependentsExpected}
        name="dependentsExpected"
        legend={t('details.dependentsExpected')}
        value={form.dependentsExpected}
        onChange={(value) => onChange('dependentsExpected', value as DetailsForm['dependentsExpected'])}
        error={errorFor('dependentsExpected')}
        errorPrefix={errorPrefix}
        choices={[
          { value: 'yes', text: t('yes'), conditional: <CharacterCount {...countedField(props, 'dependentsArrangements', t)} label={t('details.dependentsArrangements')} rows={3} /> },
          { value: 'no', text: t('no') },
        ]}
      />
      <RevealRadios
        id={DETAILS_IDS.mediaDecision}
        name="mediaDecision"
        legend={t('details.mediaDecision')}
        value={form.mediaDecision}
        onChange={(value) => onChange('mediaDecision', value as MediaDecision)}
        error={errorFor('mediaDecision')}
        errorPrefix={errorPrefix}
        choices={MEDIA_DECISIONS.map((decision) => ({
          value: decision,
          text: t(`mediaDecisions.${decision}`),
          conditional: decision === 'BY_AGREEMENT' ? <CharacterCount {...countedField(props, 'mediaReason', t)} label={t('details.mediaReason')} rows={3} /> : undefined,
        }))}
      />
    </>
  );
}
