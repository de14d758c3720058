import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SERVICE_NAME } from '@liaise/shared-domain';
import { useServiceInfo } from '@liaise/web-service';
import { DemoBanner, Footer, Header, PageLayout, PhaseBanner, SkipLink } from '@liaise/web-ui';
import { BRAND } from './brand.js';
import { ACCESSIBILITY_PATH } from './paths.js';

/**
 * After moving to another page inside the app, puts the keyboard focus on the new page's heading, so screen
 * reader users hear where they are (a full page load would have told them). Not on the first page.
 */
function useFocusHeadingAfterNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('#main-content h1');
    if (heading === null) return;
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [pathname]);
}

function ServiceHeader({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return BRAND === 'govuk' ? (
    <Header brand="govuk" serviceName={SERVICE_NAME} serviceNavigationLabel={t('serviceNavigation')}>
      {children}
    </Header>
  ) : (
    <Header serviceName={SERVICE_NAME}>{children}</Header>
  );
}

/**
 * Every page: skip link, header with the phase banner (the banner landmark), the demo banner when the api
 * runs on demo data, the page in `<main>`, and the footer. Without an answer from the api (still loading, or
 * failed) the pages render all the same, without the demo banner and the version.
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
