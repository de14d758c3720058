import { useRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Button as GovukButton, type ButtonConfig } from './govuk-frontend.js';
import { useGovukComponent } from './use-govuk-component.js';

const PREVENT_DOUBLE_CLICK: ButtonConfig = { preventDoubleClick: true };

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `secondary` for an action beside the main one, `warning` for one that cannot be undone. */
  readonly variant?: 'primary' | 'secondary' | 'warning';
}

/**
 * A GOV.UK button: a real `<button>` (a submit button unless `type` says otherwise) that ignores a second
 * click within a second, so a double click sends a form once.
 */
export function Button({ variant = 'primary', type = 'submit', className, ...props }: ButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useGovukComponent(ref, GovukButton, PREVENT_DOUBLE_CLICK);
  const classes = ['govuk-button', variant === 'primary' ? '' : `govuk-button--${variant}`, className ?? '']
    .filter((part) => part !== '')
    .join(' ');
  return <button ref={ref} type={type} className={classes} data-module="govuk-button" {...props} />;
}

export interface ButtonGroupProps {
  readonly children: ReactNode;
}

/** Buttons and links side by side (a main action, then a secondary one or a "Cancel" link). */
export function ButtonGroup({ children }: ButtonGroupProps) {
  return <div className="govuk-button-group">{children}</div>;
}
