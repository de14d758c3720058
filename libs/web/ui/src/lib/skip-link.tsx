import { useRef, type ReactNode } from 'react';
import { SkipLink as GovukSkipLink } from './govuk-frontend.js';
import { useGovukComponent } from './use-govuk-component.js';

export interface SkipLinkProps {
  /** The id of the element to skip to, with its `#`. */
  readonly href?: string;
  /** "Skip to main content". */
  readonly children: ReactNode;
}

/** The first focusable element of every page. */
export function SkipLink({ href = '#main-content', children }: SkipLinkProps) {
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukComponent(ref, GovukSkipLink);
  return (
    <a ref={ref} href={href} className="govuk-skip-link" data-module="govuk-skip-link">
      {children}
    </a>
  );
}
