import type { ReactNode } from 'react';
import type { Brand } from './brand.js';
import { GovukCrown } from './govuk-logo.js';
import { ServiceLink } from './link.js';

export interface FooterLink {
  readonly href: string;
  readonly text: string;
}

export interface FooterProps {
  /** Visually hidden heading of the links ("Support links"). */
  readonly linksHeading: string;
  readonly links: readonly FooterLink[];
  /** Text under the links: the version. */
  readonly meta?: ReactNode;
  readonly brand?: Brand;
}

/** The page's `<footer>` (the contentinfo landmark). The crown shows with the GOV.UK brand only. */
export function Footer({ linksHeading, links, meta, brand = 'generic' }: FooterProps) {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          {brand === 'govuk' && <GovukCrown className="govuk-footer__crown" />}
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">{linksHeading}</h2>
              <ul className="govuk-footer__inline-list">
                {links.map((link) => (
                  <li key={link.href} className="govuk-footer__inline-list-item">
                    <ServiceLink className="govuk-footer__link" href={link.href}>
                      {link.text}
                    </ServiceLink>
                  </li>
                ))}
              </ul>
              {meta !== undefined && <div className="govuk-footer__meta-custom">{meta}</div>}
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
