import { useRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/** GOV.UK Frontend's window for a second click of the same press (its Button's `preventDoubleClick`). */
const DOUBLE_CLICK_MS = 1000;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `secondary` for an action beside the main one, `warning` for one that cannot be undone. */
  readonly variant?: 'primary' | 'secondary' | 'warning';
}

/**
 * A GOV.UK button: a real `<button>` (a submit button unless `type` says otherwise) that ignores a second
 * click within a second, so a double click sends a form once.
 *
 * Not GOV.UK Frontend's Button script: on a server-rendered page the answer to a form is a new page with a
 * new button, but here the same button stays on screen, and that script went on ignoring the next press
 * for the rest of the second even after the answer (an error summary) had taken the focus and the person
 * had corrected a field. The guard here ends as soon as the focus leaves the button: a double click keeps
 * it there, an answer or the person's next step moves it.
 */
export function Button({ variant = 'primary', type = 'submit', className, onClick, onBlur, ...props }: ButtonProps) {
  const pressedAt = useRef<number | undefined>(undefined);
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (pressedAt.current !== undefined && event.timeStamp - pressedAt.current < DOUBLE_CLICK_MS) {
      event.preventDefault();
      return;
    }
    pressedAt.current = event.timeStamp;
    onClick?.(event);
  };
  const classes = ['govuk-button', variant === 'primary' ? '' : `govuk-button--${variant}`, className ?? '']
    .filter((part) => part !== '')
    .join(' ');
  return (
    <button
      type={type}
      className={classes}
      onClick={click}
      onBlur={(event) => {
        pressedAt.current = undefined;
        onBlur?.(event);
      }}
      {...props}
    />
  );
}

export interface ButtonGroupProps {
  readonly children: ReactNode;
}

/** Buttons and links side by side (a main action, then a secondary one or a "Cancel" link). */
export function ButtonGroup({ children }: ButtonGroupProps) {
  return <div className="govuk-button-group">{children}</div>;
}
