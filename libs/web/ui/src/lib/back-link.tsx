import type { ReactNode } from 'react';
import { ServiceLink } from './link.js';

/** GOV.UK's back link, above the page's heading. */
export function BackLink({ href, children }: { readonly href: string; readonly children: ReactNode }) {
  return (
    <ServiceLink href={href} className="govuk-back-link">
      {children}
    </ServiceLink>
  );
}
