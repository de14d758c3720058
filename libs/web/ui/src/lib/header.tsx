import type { ReactNode } from 'react';
import type { Brand } from './brand.js';
import { GovukLogotype } from './govuk-logo.js';
import { ServiceLink } from './link.js';

interface CommonHeaderProps {
  readonly serviceName: string;
  /** Where the service name links to. */
  readonly serviceHref?: string;
  /** Shown inside the page's banner landmark, under the header: the phase banner. */
  readonly children?: ReactNode;
}

export type HeaderProps = CommonHeaderProps &
  (
    | { readonly brand?: 'generic' }
    | {
        readonly brand: Extract<Brand, 'govuk'>;
        /** The label of the service navigation ("Service information"). */
        readonly serviceNavigationLabel: string;
      }
  );

/**
 * The page's `<header>` (the banner landmark). With the generic brand, the service name is the header's
 * logo; with the GOV.UK brand, the GOV.UK logotype links to GOV.UK and the service name sits in the service
 * navigation under it.
 */
export function Header(props: HeaderProps) {
  const { serviceName, serviceHref = '/', children } = props;
  return (
    <header className="govuk-template__header">
      {props.brand === 'govuk' ? (
        <>
          <div className="govuk-header">
            <div className="govuk-header__container govuk-width-container">
              <div className="govuk-header__logo">
                <a href="https://www.gov.uk/" className="govuk-header__homepage-link">
                  <GovukLogotype className="govuk-header__logotype" label="GOV.UK" />
                </a>
              </div>
            </div>
          </div>
          <section aria-label={props.serviceNavigationLabel} className="govuk-service-navigation">
            <div className="govuk-width-container">
              <div className="govuk-service-navigation__container">
                <span className="govuk-service-navigation__service-name">
                  <ServiceLink href={serviceHref} className="govuk-service-navigation__link">
                    {serviceName}
                  </ServiceLink>
                </span>
              </div>
            </div>
          </section>
        </>
      ) : (
        <div className="govuk-generic-header">
          <div className="govuk-generic-header__container govuk-width-container">
            <div className="govuk-generic-header__logo">
              <ServiceLink href={serviceHref} className="govuk-generic-header__homepage-link">
                {serviceName}
              </ServiceLink>
            </div>
          </div>
        </div>
      )}
      {children}
    </header>
  );
}
