import { useState, type ReactNode } from 'react';
import type { Brand } from './brand.js';
import { GovukLogotype } from './govuk-logo.js';
import { ServiceLink } from './link.js';
import { useFromBreakpoint } from './use-breakpoint.js';

/** A link in the service navigation. */
export interface ServiceNavigationLink {
  readonly text: string;
  readonly href: string;
  /** `page` when it links to the page shown, `section` when the page shown is part of what it links to. */
  readonly current?: 'page' | 'section';
  /** Shown after the text, inside the link: a count ("Notifications 3", with "unread" for screen readers). */
  readonly badge?: ReactNode;
}

/** An action in the service navigation ("Sign out"): a real button, looking like the links beside it. */
export interface ServiceNavigationButton {
  readonly text: string;
  readonly onClick: () => void;
}

export type ServiceNavigationItem = ServiceNavigationLink | ServiceNavigationButton;

interface CommonHeaderProps {
  readonly serviceName: string;
  /** Where the service name links to. */
  readonly serviceHref?: string;
  /** The service navigation's links and buttons: the person's pages, signing in and out. */
  readonly navigation?: readonly ServiceNavigationItem[];
  /** The label of the navigation landmark ("Menu"): needed when there is navigation. */
  readonly navigationLabel?: string;
  /** The text of the button that shows and hides the navigation on small screens ("Menu"). */
  readonly menuButtonText?: string;
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

function NavigationItem({ item, onFollow }: { item: ServiceNavigationItem; onFollow: () => void }) {
  if ('onClick' in item) {
    return (
      <li className="govuk-service-navigation__item">
        {/* liaise-service-navigation__button (apps/web/src/styles.scss) takes away the button's own look. */}
        <button
          type="button"
          className="govuk-service-navigation__link liaise-service-navigation__button"
          onClick={() => {
            onFollow();
            item.onClick();
          }}
        >
          {item.text}
        </button>
      </li>
    );
  }
  if (item.current === undefined) {
    return (
      <li className="govuk-service-navigation__item">
        <ServiceLink className="govuk-service-navigation__link" href={item.href} onClick={onFollow}>
          {item.text}
          {item.badge}
        </ServiceLink>
      </li>
    );
  }
  return (
    <li className="govuk-service-navigation__item govuk-service-navigation__item--active">
      <ServiceLink
        className="govuk-service-navigation__link"
        href={item.href}
        aria-current={item.current === 'page' ? 'page' : 'true'}
        onClick={onFollow}
      >
        {/* Bold as well as marked, for people whose own colours hide the marker. */}
        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
        {item.badge}
      </ServiceLink>
    </li>
  );
}

const NAVIGATION_ID = 'navigation';

interface NavigationProps {
  readonly label: string | undefined;
  readonly menuButtonText: string;
  readonly items: readonly ServiceNavigationItem[];
}

/**
 * GOV.UK's service navigation list. With more than one item, on screens narrower than a tablet it hides
 * behind a menu button, as GOV.UK Frontend's ServiceNavigation script does: the same markup, the button
 * `hidden` and `aria-hidden` from tablet width up, and below it `aria-expanded` on the button and `hidden`
 * on the list while closed. Done by React rather than by that script, which changes attributes of elements
 * React renders, and runs once while this navigation changes as the person signs in and out. Following a
 * link closes the menu, as a new page would have.
 */
function Navigation({ label, menuButtonText, items }: NavigationProps) {
  const wide = useFromBreakpoint('tablet');
  const [open, setOpen] = useState(false);
  const collapsible = items.length > 1;
  const collapsed = collapsible && !wide;
  return (
    <nav aria-label={label ?? menuButtonText} className="govuk-service-navigation__wrapper">
      {collapsible && (
        <button
          type="button"
          className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
          aria-controls={NAVIGATION_ID}
          hidden={!collapsed}
          aria-hidden={collapsed ? undefined : 'true'}
          aria-expanded={collapsed ? open : undefined}
          onClick={() => setOpen(!open)}
        >
          {menuButtonText}
        </button>
      )}
      <ul className="govuk-service-navigation__list" id={NAVIGATION_ID} hidden={collapsed && !open}>
        {items.map((item) => (
          <NavigationItem key={item.text} item={item} onFollow={() => setOpen(false)} />
        ))}
      </ul>
    </nav>
  );
}

/**
 * The page's `<header>` (the banner landmark). With the generic brand, the service name is the header's
 * logo; with the GOV.UK brand, the GOV.UK logotype links to GOV.UK and the service name sits in the service
 * navigation under it. The navigation's links and buttons (if any) are in the service navigation, a row
 * under the header.
 */
export function Header(props: HeaderProps) {
  const { serviceName, serviceHref = '/', navigation = [], navigationLabel, menuButtonText = 'Menu', children } = props;
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
                {navigation.length > 0 && <Navigation label={navigationLabel} menuButtonText={menuButtonText} items={navigation} />}
              </div>
            </div>
          </section>
        </>
      ) : (
        <>
          <div className="govuk-generic-header">
            <div className="govuk-generic-header__container govuk-width-container">
              <div className="govuk-generic-header__logo">
                <ServiceLink href={serviceHref} className="govuk-generic-header__homepage-link">
                  {serviceName}
                </ServiceLink>
              </div>
            </div>
          </div>
          {navigation.length > 0 && (
            <div className="govuk-service-navigation">
              <div className="govuk-width-container">
                <div className="govuk-service-navigation__container">
                  <Navigation label={navigationLabel} menuButtonText={menuButtonText} items={navigation} />
                </div>
              </div>
            </div>
          )}
        </>
      )}
      {children}
    </header>
  );
}
