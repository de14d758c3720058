import { render } from '@testing-library/react';
import i18next, { type i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { ERRORS_NAMESPACE, errorsResources } from '../lib/form-problems/errors-namespace.js';

/**
 * An i18next with English words, as the app gives them: `words` by namespace (the first is the default, the
 * component's own; then any it borrows), and the problems' words (namespace `errors`).
 */
export function englishWords(words: Readonly<Record<string, object>>): i18n {
  const instance = i18next.createInstance();
  const namespaces = Object.keys(words);
  void instance.use(initReactI18next).init({
    lng: 'en',
    ns: [...namespaces, ERRORS_NAMESPACE],
    defaultNS: namespaces[0] ?? ERRORS_NAMESPACE,
    resources: { en: { ...words, [ERRORS_NAMESPACE]: errorsResources.en } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Renders a component with `englishWords(words)`. */
export function renderWithWords(ui: ReactNode, words: Readonly<Record<string, object>>) {
  return render(<I18nextProvider i18n={englishWords(words)}>{ui}</I18nextProvider>);
}
