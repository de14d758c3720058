import type { ReactNode } from 'react';

export interface PageLayoutProps {
  /** Shown at the top of the main content, before the page's own: notification banners. */
  readonly notices?: ReactNode;
  readonly children: ReactNode;
}

/** The width container and the page's `<main>` (the skip link's target, `#main-content`). */
export function PageLayout({ notices, children }: PageLayoutProps) {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        {notices}
        {children}
      </main>
    </div>
  );
}
