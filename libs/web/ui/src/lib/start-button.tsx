import { useRef, type ReactNode } from 'react';
import { Button } from './govuk-frontend.js';
import { ServiceLink } from './link.js';
import { useGovukComponent } from './use-govuk-component.js';

export interface StartButtonProps {
  readonly href: string;
  readonly children: ReactNode;
}

/** The start button of a start page: a link that looks like a button (and answers the space bar like one). */
export function StartButton({ href, children }: StartButtonProps) {
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukComponent(ref, Button);
  return (
    <ServiceLink
      ref={ref}
      href={href}
      role="button"
      draggable={false}
      className="govuk-button govuk-button--start"
      data-module="govuk-button"
    >
      {children}
      <svg
        className="govuk-button__start-icon"
        xmlns="http://www.w3.org/2000/svg"
        width="17.5"
        height="19"
        viewBox="0 0 33 40"
        aria-hidden="true"
        focusable="false"
      >
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </ServiceLink>
  );
}
