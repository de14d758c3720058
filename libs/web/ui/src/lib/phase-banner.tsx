import type { ReactNode } from 'react';

export interface PhaseBannerProps {
  /** The phase: "Beta". */
  readonly phase: string;
  /** What the phase means for the user, with a feedback link when there is one. */
  readonly children: ReactNode;
}

export function PhaseBanner({ phase, children }: PhaseBannerProps) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{phase}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
