import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { OPERATIONS_NAMESPACE, operationsResources } from '@liaise/web-operations';
import { ERRORS_NAMESPACE, errorsResources } from '@liaise/web-ui';
import { INVITATIONS_NAMESPACE, invitationsResources } from '../lib/i18n.js';

/** Renders a component with the invitations' English words and those it borrows (operations', problems'), as the app gives them. */
export function renderWithWords(ui: ReactNode) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'en',
    ns: [INVITATIONS_NAMESPACE, OPERATIONS_NAMESPACE, ERRORS_NAMESPACE],
    defaultNS: INVITATIONS_NAMESPACE,
    resources: { en: { [INVITATIONS_NAMESPACE]: invitationsResources.en, [OPERATIONS_NAMESPACE]: operationsResources.en, [ERRORS_NAMESPACE]: errorsResources.en } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return render(<I18nextProvider i18n={instance}>{ui}</I18nextProvider>);
}
