import { render } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { ERRORS_NAMESPACE, errorsResources } from '@liaise/web-ui';
import { OPERATIONS_NAMESPACE, operationsResources } from '../lib/i18n.js';

/** Renders a component with the operations' and the problems' English words, as the app gives them. */
export function renderWithWords(ui: ReactNode, more: Readonly<Record<string, object>> = {}) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'en',
    ns: [OPERATIONS_NAMESPACE, ERRORS_NAMESPACE, ...Object.keys(more)],
    defaultNS: OPERATIONS_NAMESPACE,
    resources: { en: { [OPERATIONS_NAMESPACE]: operationsResources.en, [ERRORS_NAMESPACE]: errorsResources.en, ...more } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return render(<I18nextProvider i18n={instance}>{ui}</I18nextProvider>);
}
