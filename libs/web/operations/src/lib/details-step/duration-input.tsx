import { useTranslation } from 'react-i18next';
import { OPERATIONS_NAMESPACE } from '../i18n.js';

export interface DurationInputProps {
  readonly hours: string;
  readonly minutes: string;
  readonly onChange: (unit: 'hours' | 'minutes', value: string) => void;
  readonly error?: string;
  readonly errorPrefix: string;
}

/** How long the operation is expected to take: hours and minutes, laid out as GOV.UK's date input. */
export function DurationInput({ hours, minutes, onChange, error, errorPrefix }: DurationInputProps) {
  const { t } = useTranslation(OPERATIONS_NAMESPACE);
  return (
    <div className={error === undefined ? 'govuk-form-group' : 'govuk-form-group govuk-form-group--error'}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={error === undefined ? 'duration-hint' : 'duration-hint duration-error'}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{t('details.duration')}</legend>
        <div id="duration-hint" className="govuk-hint">
          {t('details.durationHint')}
        </div>
        {error !== undefined && (
          <p id="duration-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">{errorPrefix}:</span> {error}
          </p>
        )}
        <div className="govuk-date-input">
          {(['hours', 'minutes'] as const).map((unit) => (
            <div key={unit} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`duration-${unit}`}>
                  {t(`details.${unit}`)}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-3${error === undefined ? '' : ' govuk-input--error'}`}
                  id={`duration-${unit}`}
                  name={`duration-${unit}`}
                  type="text"
                  inputMode="numeric"
                  value={unit === 'hours' ? hours : minutes}
                  onChange={(event) => onChange(unit, event.target.value)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
