import { useTranslation } from 'react-i18next';
import { NotificationBanner } from '@liaise/web-ui';
import { AUTH_NAMESPACE } from './i18n.js';
import type { SignInNotice } from './sign-in-notice.js';

/**
 * Why the person is on the sign-in page. Each banner is an alert: it answers what just happened (they
 * signed out, or were signed out), so it is read out and takes the focus.
 */
export function SignInNoticeBanner({ notice }: { notice: SignInNotice }) {
  const { t } = useTranslation(AUTH_NAMESPACE);
  switch (notice) {
    case 'sessionEnded':
      return (
        <NotificationBanner title={t('notices.importantTitle')} heading={t('notices.sessionEnded')} role="alert">
          <p className="govuk-body">{t('notices.sessionEndedText')}</p>
        </NotificationBanner>
      );
    case 'tooManyWrongCodes':
      return (
        <NotificationBanner title={t('notices.importantTitle')} heading={t('notices.tooManyWrongCodes')} role="alert">
          <p className="govuk-body">{t('notices.tooManyWrongCodesText')}</p>
        </NotificationBanner>
      );
    case 'signedOut':
      return <NotificationBanner type="success" title={t('notices.successTitle')} heading={t('notices.signedOut')} />;
    case 'signedOutEverywhere':
      return (
        <NotificationBanner type="success" title={t('notices.successTitle')} heading={t('notices.signedOutEverywhere')}>
          <p className="govuk-body">{t('notices.signedOutEverywhereText')}</p>
        </NotificationBanner>
      );
  }
}
