import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { AUDIT_NAMESPACE, auditResources } from '@liaise/web-audit';
import { AUTH_NAMESPACE, authResources } from '@liaise/web-auth';
import { PEOPLE_NAMESPACE, peopleResources } from '@liaise/web-people';
import { ORGANISATIONS_NAMESPACE, organisationsResources } from '@liaise/web-organisations';
import { PARTNERSHIPS_NAMESPACE, partnershipsResources } from '@liaise/web-partnerships';
import { SERVICE_NAMESPACE, serviceResources } from '@liaise/web-service';
import { TRAINING_NAMESPACE, trainingResources } from '@liaise/web-training';
import { OPERATIONS_NAMESPACE, operationsResources } from '@liaise/web-operations';
import { INVITATIONS_NAMESPACE, invitationsResources } from '@liaise/web-invitations';
import { NOTIFICATIONS_NAMESPACE, notificationsResources } from '@liaise/web-notifications';
import { COMMON_NAMESPACE, commonResources } from '@liaise/web-common';
import { ERRORS_NAMESPACE, errorsResources } from '@liaise/web-ui';
import { cy } from './locales/cy.js';
import { en } from './locales/en.js';

/** The app shell's own namespace; each feature library brings its own. */
export const APP_NAMESPACE = 'app';

/** English, and Welsh (partly translated). Interface text is English until a language switcher arrives. */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  en: { [APP_NAMESPACE]: en, [SERVICE_NAMESPACE]: serviceResources.en, [AUTH_NAMESPACE]: authResources.en, [PEOPLE_NAMESPACE]: peopleResources.en,
    [ORGANISATIONS_NAMESPACE]: organisationsResources.en, [PARTNERSHIPS_NAMESPACE]: partnershipsResources.en, [TRAINING_NAMESPACE]: trainingResources.en, [AUDIT_NAMESPACE]: auditResources.en,
    [OPERATIONS_NAMESPACE]: operationsResources.en, [INVITATIONS_NAMESPACE]: invitationsResources.en, [NOTIFICATIONS_NAMESPACE]: notificationsResources.en, [ERRORS_NAMESPACE]: errorsResources.en, [COMMON_NAMESPACE]: commonResources.en },
  cy: { [APP_NAMESPACE]: cy, [SERVICE_NAMESPACE]: serviceResources.cy, [AUTH_NAMESPACE]: authResources.cy, [PEOPLE_NAMESPACE]: peopleResources.cy,
    [ORGANISATIONS_NAMESPACE]: organisationsResources.cy, [PARTNERSHIPS_NAMESPACE]: partnershipsResources.cy, [TRAINING_NAMESPACE]: trainingResources.cy, [AUDIT_NAMESPACE]: auditResources.cy,
    [OPERATIONS_NAMESPACE]: operationsResources.cy, [INVITATIONS_NAMESPACE]: invitationsResources.cy, [NOTIFICATIONS_NAMESPACE]: notificationsResources.cy, [ERRORS_NAMESPACE]: errorsResources.cy, [COMMON_NAMESPACE]: commonResources.cy },
};

/**
 * A new i18next instance with every namespace loaded (the resources are bundled, so it is ready when this
 * returns). Tests create their own; the app uses `i18n` below.
 */
export function createI18n(language: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: [APP_NAMESPACE, SERVICE_NAMESPACE, AUTH_NAMESPACE, PEOPLE_NAMESPACE, ORGANISATIONS_NAMESPACE, PARTNERSHIPS_NAMESPACE, TRAINING_NAMESPACE, AUDIT_NAMESPACE, OPERATIONS_NAMESPACE, INVITATIONS_NAMESPACE, NOTIFICATIONS_NAMESPACE, ERRORS_NAMESPACE, COMMON_NAMESPACE],
    defaultNS: APP_NAMESPACE,
    resources,
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  if (typeof document !== 'undefined') {
    instance.on('languageChanged', (lng: string) => {
      document.documentElement.lang = lng;
    });
  }
  return instance;
}

export const i18n = createI18n();
