import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { describedBy, FieldText, type FieldProps } from './text-input.js';

/** The show and hide button's texts, and what a screen reader hears when the password shows or hides. */
export interface PasswordInputTexts {
  /** "Show" */
  readonly show: string;
  /** "Hide" */
  readonly hide: string;
  /** "Show password" */
  readonly showLabel: string;
  /** "Hide password" */
  readonly hideLabel: string;
  /** "Your password is visible" */
  readonly shownAnnouncement: string;
  /** "Your password is hidden" */
  readonly hiddenAnnouncement: string;
}

export const PASSWORD_INPUT_TEXTS: PasswordInputTexts = {
  show: 'Show',
  hide: 'Hide',
  showLabel: 'Show password',
  hideLabel: 'Hide password',
  shownAnnouncement: 'Your password is visible',
  hiddenAnnouncement: 'Your password is hidden',
};

export type PasswordInputProps = FieldProps & {
  readonly texts?: PasswordInputTexts;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'>;

/**
 * GOV.UK's password input: a password field with a button that shows and hides what was typed. Rendered by
 * React rather than by GOV.UK Frontend's script, which changes the input's type behind React's back (React
 * sets the type again on every render). Like GOV.UK's, it hides the password when its form is sent.
 */
export function PasswordInput({ id, label, hint, error, errorPrefix, texts = PASSWORD_INPUT_TEXTS, ...input }: PasswordInputProps) {
  const [shown, setShown] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const form = ref.current?.form;
    if (form === null || form === undefined) return undefined;
    const hide = () => setShown(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  const toggle = () => {
    setShown(!shown);
    setAnnouncement(shown ? texts.hiddenAnnouncement : texts.shownAnnouncement);
  };

  return (
    <div className={`govuk-form-group govuk-password-input${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <FieldText id={id} label={label} hint={hint} error={error} errorPrefix={errorPrefix} />
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          ref={ref}
          id={id}
          type={shown ? 'text' : 'password'}
          className={`govuk-input govuk-password-input__input${error === undefined ? '' : ' govuk-input--error'}`}
          spellCheck={false}
          autoCapitalize="none"
          aria-describedby={describedBy(id, hint, error)}
          {...input}
        />
        <div className="govuk-password-input__sr-status govuk-visually-hidden" aria-live="polite">
          {announcement}
        </div>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle"
          aria-controls={id}
          aria-label={shown ? texts.hideLabel : texts.showLabel}
          onClick={toggle}
        >
          {shown ? texts.hide : texts.show}
        </button>
      </div>
    </div>
  );
}
