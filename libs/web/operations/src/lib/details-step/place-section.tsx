import { useTranslation } from 'react-i18next';
import { TextInput } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { AddressesInput } from './addresses-input.js';
import { hintWithLimit, TEXT_LIMITS, textField, type DetailsSectionProps } from './section-props.js';

/** Where: the general area (what partners see before the disclosure time), the addresses and the briefing point. */
export function PlaceSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <TextInput {...textField(props, 'generalArea')} label={t('details.generalArea')} hint={hintWithLimit(t, t('details.generalAreaHint'), TEXT_LIMITS.generalArea)} />
      <AddressesInput
        addresses={props.form.addresses}
        onChange={(addresses) => props.onChange('addresses', addresses)}
        hint={hintWithLimit(t, t('details.addressesHint'), TEXT_LIMITS.address)}
        error={props.errorFor('addresses')}
        errorPrefix={props.errorPrefix}
      />
      <TextInput {...textField(props, 'briefingPoint')} label={t('details.briefingPoint')} hint={hintWithLimit(t, t('details.briefingPointHint'), TEXT_LIMITS.briefingPoint)} />
    </>
  );
}
