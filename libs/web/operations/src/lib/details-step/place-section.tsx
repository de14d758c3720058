import { useTranslation } from 'react-i18next';
import { CharacterCountInput } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { AddressesInput } from './addresses-input.js';
import { characterCountTexts, countedField, TEXT_LIMITS, type DetailsSectionProps } from './section-props.js';

/** Where: the general area (what partners see before the disclosure time), the addresses and the briefing point. */
export function PlaceSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <CharacterCountInput {...countedField(props, 'generalArea', t)} label={t('details.generalArea')} hint={t('details.generalAreaHint')} />
      <AddressesInput
        addresses={props.form.addresses}
        onChange={(addresses) => props.onChange('addresses', addresses)}
        hint={t('details.addressesHint')}
        maxLength={TEXT_LIMITS.address}
        texts={characterCountTexts(t, TEXT_LIMITS.address)}
        error={props.errorFor('addresses')}
        errorPrefix={props.errorPrefix}
      />
      <CharacterCountInput {...countedField(props, 'briefingPoint', t)} label={t('details.briefingPoint')} hint={t('details.briefingPointHint')} />
    </>
  );
}
