import { useTranslation } from 'react-i18next';
import { CharacterCount } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { AddressesInput } from './addresses-input.js';
import { countedField, TEXT_LIMITS, type DetailsSectionProps } from './section-props.js';

/** Where: the general area (what partners see before the disclosure time), the addresses and the briefing point. */
export function PlaceSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <CharacterCount {...countedField(props, 'generalArea')} singleLine label={t('details.generalArea')} hint={t('details.generalAreaHint')} />
      <AddressesInput
        addresses={props.form.addresses}
        onChange={(addresses) => props.onChange('addresses', addresses)}
        maxLength={TEXT_LIMITS.address}
        error={props.errorFor('addresses')}
        errorPrefix={props.errorPrefix}
      />
      <CharacterCount {...countedField(props, 'briefingPoint')} singleLine label={t('details.briefingPoint')} hint={t('details.briefingPointHint')} />
    </>
  );
}
