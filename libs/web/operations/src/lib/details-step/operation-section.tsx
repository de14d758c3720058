import { useTranslation } from 'react-i18next';
import { OPERATION_TYPES, type OperationType } from '@liaise/shared-domain';
import { CharacterCountInput, RevealRadios } from '@liaise/web-ui';
import { DateTimeInput } from '@liaise/web-common';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { DETAILS_IDS } from './details-form.js';
import { DurationInput } from './duration-input.js';
import { countedField, dateTimeTexts, type DetailsSectionProps } from './section-props.js';

/** What the operation is and when: its reference, its type, its start and how long it takes. */
export function OperationSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  const { form, errorFor, errorPrefix, onChange } = props;
  return (
    <>
      <CharacterCountInput
        {...countedField(props, 'reference', t)}
        label={t('details.reference')}
        hint={t('details.referenceHint')}
        widthClass="govuk-input--width-20"
      />
      <RevealRadios
        id={DETAILS_IDS.type}
        name="type"
        legend={t('details.type')}
        value={form.type}
        onChange={(value) => onChange('type', value as OperationType)}
        error={errorFor('type')}
        errorPrefix={errorPrefix}
        choices={OPERATION_TYPES.map((type) => ({ value: type, text: t(`types.${type}`), hint: t(`typeHints.${type}`) }))}
      />
      <DateTimeInput
        id="start"
        legend={t('details.start')}
        hint={t('details.startHint')}
        value={form.start}
        onChange={(start) => onChange('start', start)}
        error={errorFor('plannedStart') ?? errorFor('plannedStartTime')}
        errorPrefix={errorPrefix}
        texts={dateTimeTexts(t)}
      />
      <DurationInput
        hours={form.durationHours}
        minutes={form.durationMinutes}
        onChange={(unit, value) => onChange(unit === 'hours' ? 'durationHours' : 'durationMinutes', value)}
        error={errorFor('expectedDurationMinutes')}
        errorPrefix={errorPrefix}
      />
    </>
  );
}
