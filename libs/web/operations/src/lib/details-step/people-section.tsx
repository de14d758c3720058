import { useTranslation } from 'react-i18next';
import { MEDIA_DECISIONS, type MediaDecision } from '@liaise/shared-domain';
import { RevealRadios, Textarea, TextInput } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { DETAILS_IDS, type DetailsForm } from './details-form.js';
import { textField, type DetailsSectionProps } from './section-props.js';

/** The people the operation expects to meet: how many, their languages, dependents, and whether media may attend. */
export function PeopleSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { form, errorFor, onChange } = props;
  return (
    <>
      <TextInput {...textField(props, 'expectedPeople', t)} label={t('details.expectedPeople')} inputMode="numeric" widthClass="govuk-input--width-3" />
      <TextInput {...textField(props, 'expectedLanguages', t)} label={t('details.expectedLanguages')} hint={t('details.expectedLanguagesHint')} />
      <RevealRadios
        id={DETAILS_IDS.dependentsExpected}
        name="dependentsExpected"
        legend={t('details.dependentsExpected')}
        value={form.dependentsExpected}
        onChange={(value) => onChange('dependentsExpected', value as DetailsForm['dependentsExpected'])}
        error={errorFor(DETAILS_IDS.dependentsExpected)}
        errorPrefix={t('errorPrefix')}
        choices={[
          { value: 'yes', text: t('yes'), conditional: <Textarea {...textField(props, 'dependentsArrangements', t)} label={t('details.dependentsArrangements')} rows={3} /> },
          { value: 'no', text: t('no') },
        ]}
      />
      <RevealRadios
        id={DETAILS_IDS.mediaDecision}
        name="mediaDecision"
        legend={t('details.mediaDecision')}
        value={form.mediaDecision}
        onChange={(value) => onChange('mediaDecision', value as MediaDecision)}
        error={errorFor(DETAILS_IDS.mediaDecision)}
        errorPrefix={t('errorPrefix')}
        choices={MEDIA_DECISIONS.map((decision) => ({
          value: decision,
          text: t(`mediaDecisions.${decision}`),
          conditional: decision === 'BY_AGREEMENT' ? <Textarea {...textField(props, 'mediaReason', t)} label={t('details.mediaReason')} rows={3} /> : undefined,
        }))}
      />
    </>
  );
}
