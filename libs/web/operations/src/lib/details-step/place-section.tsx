import { useTranslation } from 'react-i18next';
import { TextInput } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { AddressesInput } from './addresses-input.js';
import { DETAILS_IDS } from './details-form.js';
import { textField, type DetailsSectionProps } from './section-props.js';

/** Where: the general area (what partners see before the disclosure time), the addresses and the briefing point. */
export function PlaceSection(props: DetailsSectionProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <>
      <TextInput {...textField(props, 'generalArea', t)} label={t('details.generalArea')} hint={t('details.generalAreaHint')} />
      <AddressesInput addresses={props.form.addresses} onChange={(addresses) => props.onChange('addresses', addresses)} error={props.errorFor(DETAILS_IDS.addresses)} />
      <TextInput {...textField(props, 'briefingPoint', t)} label={t('details.briefingPoint')} hint={t('details.briefingPointHint')} />
    </>
  );
}
