import { useId, type ReactNode } from 'react';

export interface DemoBannerProps {
  /** The banner shows only when this is true. */
  readonly demoMode: boolean;
  /** The banner's title ("Important"). */
  readonly title: string;
  /** The message: this is a demonstration, its data is made up. */
  readonly heading: ReactNode;
  /** More detail under the message. */
  readonly children?: ReactNode;
}

/** A notification banner telling everyone that the instance runs on made-up demo data. */
export function DemoBanner({ demoMode, title, heading, children }: DemoBannerProps) {
  const titleId = useId();
  if (!demoMode) return null;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby={titleId} data-testid="demo-banner">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
