import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { Button, CharacterCountInput, type CharacterCountTexts } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE } from '../i18n.js';
import { addressId } from './details-form.js';

export interface AddressesInputProps {
  readonly addresses: readonly string[];
  readonly onChange: (addresses: readonly string[]) => void;
  /** Said under the legend: what partners see of the addresses. */
  readonly hint: ReactNode;
  /** Each address's limit, counted as it is typed. */
  readonly maxLength: number;
  readonly texts: CharacterCountTexts;
  /** Shown on the first address. */
  readonly error?: string;
  readonly errorPrefix: string;
}

/** The addresses visited, one field each, with buttons to add one and to remove each (when there are several). */
export function AddressesInput({ addresses, onChange, hint, maxLength, texts, error, errorPrefix }: AddressesInputProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  // After adding or removing, the focus goes to the new field or the one before the removed one, not to the page's start.
  const [focusAddress, setFocusAddress] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (focusAddress === undefined) return;
    document.getElementById(addressId(focusAddress))?.focus();
    setFocusAddress(undefined);
  }, [focusAddress]);

  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <fieldset className="govuk-fieldset" aria-describedby="addresses-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('details.addresses')}</legend>
        <div id="addresses-hint" className="govuk-hint">
          {hint}
        </div>
        {addresses.map((address, index) => (
          <div key={index} className="govuk-!-margin-bottom-4">
            <CharacterCountInput
              id={addressId(index)}
              maxLength={maxLength}
              texts={texts}
              name={`address-${index + 1}`}
              label={t('details.address', { number: index + 1 })}
              value={address}
              error={index === 0 ? error : undefined}
              errorPrefix={errorPrefix}
              onChange={(event) => onChange(addresses.map((value, at) => (at === index ? event.target.value : value)))}
            />
            {addresses.length > 1 && (
              <Button
                type="button"
                variant="secondary"
                className="govuk-!-margin-bottom-0"
                onClick={() => {
                  onChange(addresses.filter((_, at) => at !== index));
                  setFocusAddress(Math.max(0, index - 1));
                }}
              >
                {t('details.removeAddress')}
                <span className="govuk-visually-hidden"> {t('details.removeAddressOf', { number: index + 1 })}</span>
              </Button>
            )}
          </div>
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            onChange([...addresses, '']);
            setFocusAddress(addresses.length);
          }}
        >
          {t('details.addAddress')}
        </Button>
      </fieldset>
    </div>
  );
}
