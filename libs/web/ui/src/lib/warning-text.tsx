import type { ReactNode } from 'react';

export interface WarningTextProps {
  readonly children: ReactNode;
  /** Read out before the warning, for screen readers ("Warning"). */
  readonly hiddenLabel?: string;
}

/** GOV.UK's warning text: something people must not miss. */
export function WarningText({ children, hiddenLabel = 'Warning' }: WarningTextProps) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{hiddenLabel}</span>
        {children}
      </strong>
    </div>
  );
}
