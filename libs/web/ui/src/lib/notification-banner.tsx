import { useId, useRef, type ReactNode } from 'react';
import { NotificationBanner as GovukNotificationBanner } from './govuk-frontend.js';
import { useGovukComponent } from './use-govuk-component.js';

export interface NotificationBannerProps {
  /** "Important", or "Success" for the outcome of something the person just did. */
  readonly title: string;
  /** The message, in bold. */
  readonly heading: ReactNode;
  /** More detail under the message. */
  readonly children?: ReactNode;
  /** `success` is green. */
  readonly type?: 'important' | 'success';
  /**
   * `alert` (the default for success) is read out and takes the focus as the banner appears: for the
   * result of what the person just did. `region` makes it a landmark: for information the page always has.
   */
  readonly role?: 'alert' | 'region';
}

/** GOV.UK's notification banner, at the top of a page's content, under the error summary if there is one. */
export function NotificationBanner({ title, heading, children, type = 'important', role }: NotificationBannerProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, GovukNotificationBanner);
  const effectiveRole = role ?? (type === 'success' ? 'alert' : 'region');
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${type === 'success' ? ' govuk-notification-banner--success' : ''}`}
      role={effectiveRole}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
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
