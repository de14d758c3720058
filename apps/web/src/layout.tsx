import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { ACCOUNT_PATH, HOME_PATH, SIGN_IN_PATH, useSignOut, useViewer } from '@liaise/web-auth';
import { ORGANISATION_PATH, PLATFORM_ORGANISATIONS_PATH } from '@liaise/web-organisations';
import { PARTNERSHIPS_PATH } from '@liaise/web-partnerships';
import { INVITATIONS_PATH } from '@liaise/web-invitations';
import { OPERATIONS_PATH, operationsNavigation, useOrganisationKind } from '@liaise/web-operations';
import { useServiceInfo } from '@liaise/web-service';
import { AUDIT_PATH } from '@liaise/web-audit';
import { PEOPLE_PATH } from '@liaise/web-people';
import { TRAINING_PATH } from '@liaise/web-training';
import { NotificationsLiveRegion, useNotificationsNavigationItem } from '@liaise/web-notifications';
import {
  DemoBanner,
  Footer,
  Header,
  PageLayout,
  PhaseBanner,
  SkipLink,
  type ServiceNavigationItem,
} from '@liaise/web-ui';
import { BRAND } from './brand.js';
import { ACCESSIBILITY_PATH, START_PATH } from './paths.js';

/**
 * After moving to another page inside the app, puts the keyboard focus on the new page's heading, so screen
 * reader users hear where they are (a full page load would have told them). Not on the first page, and not
 * when the new page has put the focus in its content already (an error summary, a banner saying what just
 * happened).
 */
function useFocusHeadingAfterNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main-content');
    if (main !== null && document.activeElement !== null && main.contains(document.activeElement)) return;
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    if (heading === null) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [pathname]);
}

function currentness(pathname: string, href: string): 'page' | 'section' | undefined {
  if (pathname === href) return 'page';
  return pathname.startsWith(`${href}/`) ? 'section' : undefined;
}

/**
 * The header's navigation: the signed-in person's pages and "Sign out"; only "Sign out" while signing in
 * waits for the second factor; "Sign in" for anyone else; nothing until the api has said which.
 */
function useServiceNavigation(): { items: ServiceNavigationItem[]; homeHref: string } {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { viewer } = useViewer();
  const { signOut } = useSignOut();
  const notifications = useNotificationsNavigationItem();
  const mayReadOperationsOrInvitations = viewer?.permissions.some((permission) => permission === 'operation:read' || permission === 'invitation:read') === true;
  const organisationKind = useOrganisationKind(!mayReadOperationsOrInvitations || viewer?.secondFactorStep !== 'DONE');
  if (viewer === undefined) return { items: [], homeHref: START_PATH };
  if (viewer === null) {
    return {
      items: [{ text: t('navigation.signIn'), href: SIGN_IN_PATH, current: currentness(pathname, SIGN_IN_PATH) }],
      homeHref: START_PATH,
    };
  }
  // Password given, second factor not yet: nothing to go to but the way out.
  if (viewer.secondFactorStep !== 'DONE') {
    return { items: [{ text: t('navigation.signOut'), onClick: () => void signOut() }], homeHref: START_PATH };
  }
  const operationsPages = operationsNavigation(viewer.permissions, organisationKind);
  return {
    items: [
      { text: t('navigation.home'), href: HOME_PATH, current: currentness(pathname, HOME_PATH) },
      ...(operationsPages.operations
        ? [{ text: t('navigation.operations'), href: OPERATIONS_PATH, current: currentness(pathname, OPERATIONS_PATH) }]
        : []),
      ...(operationsPages.invitations
        ? [{ text: t('navigation.invitations'), href: INVITATIONS_PATH, current: currentness(pathname, INVITATIONS_PATH) }]
        : []),
      ...(viewer.permissions.includes('partnership:read')
        ? [{ text: t('navigation.partnerships'), href: PARTNERSHIPS_PATH, current: currentness(pathname, PARTNERSHIPS_PATH) }]
        : []),
      ...(viewer.permissions.includes('training:read-own')
        ? [{ text: t('navigation.training'), href: TRAINING_PATH, current: currentness(pathname, TRAINING_PATH) }]
        : []),
      ...(viewer.permissions.includes('organisation:read')
        ? [{ text: t('navigation.organisation'), href: ORGANISATION_PATH, current: currentness(pathname, ORGANISATION_PATH) }]
        : []),
      ...(viewer.permissions.includes('people:read')
        ? [{ text: t('navigation.people'), href: PEOPLE_PATH, current: currentness(pathname, PEOPLE_PATH) }]
        : []),
      ...(viewer.permissions.includes('organisation:create')
        ? [{ text: t('navigation.organisations'), href: PLATFORM_ORGANISATIONS_PATH, current: currentness(pathname, PLATFORM_ORGANISATIONS_PATH) }]
        : []),
      ...(viewer.permissions.includes('audit:read')
        ? [{ text: t('navigation.audit'), href: AUDIT_PATH, current: currentness(pathname, AUDIT_PATH) }]
        : []),
      ...(notifications === undefined ? [] : [notifications]),
      { text: t('navigation.account'), href: ACCOUNT_PATH, current: currentness(pathname, ACCOUNT_PATH) },
      { text: t('navigation.signOut'), onClick: () => void signOut() },
    ],
    homeHref: HOME_PATH,
  };
}

function ServiceHeader({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { items, homeHref } = useServiceNavigation();
  const navigation = {
    serviceHref: homeHref,
    navigation: items,
    navigationLabel: t('navigation.label'),
    menuButtonText: t('navigation.menuButton'),
  };
  return BRAND === 'govuk' ? (
    <Header brand="govuk" serviceName={SERVICE_NAME} serviceNavigationLabel={t('serviceNavigation')} {...navigation}>
      {children}
    </Header>
  ) : (
    <Header serviceName={SERVICE_NAME} {...navigation}>
      {children}
    </Header>
  );
}

/**
 * Every page: skip link, header with the navigation and the phase banner (the banner landmark), the demo
 * banner when the api runs on demo data, the page in `<main>`, and the footer. Without an answer from the
 * api (still loading, or failed) the pages render all the same, without the demo banner and the version.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { serviceInfo } = useServiceInfo();
  useFocusHeadingAfterNavigation();

  return (
    <>
      <ScrollRestoration />
      <SkipLink>{t('skipLink')}</SkipLink>
      <ServiceHeader>
        <PhaseBanner phase={t('phaseBanner.phase')}>{t('phaseBanner.text')}</PhaseBanner>
        <NotificationsLiveRegion />
      </ServiceHeader>
      <PageLayout
        notices={
          <DemoBanner
            demoMode={serviceInfo?.demoMode === true}
            title={t('demoBanner.title')}
            heading={t('demoBanner.heading')}
          >
            <p className="govuk-body">{t('demoBanner.text')}</p>
          </DemoBanner>
        }
      >
        <Outlet />
      </PageLayout>
      <Footer
        brand={BRAND}
        linksHeading={t('footer.linksHeading')}
        links={[{ href: ACCESSIBILITY_PATH, text: t('footer.accessibility') }]}
        meta={serviceInfo === undefined ? undefined : t('footer.version', { version: serviceInfo.version })}
      />
    </>
  );
}
