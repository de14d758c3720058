import i18next from 'i18next';
import { ERRORS_NAMESPACE, errorsResources, problemWords } from '@liaise/web-ui';
import { ORGANISATIONS_NAMESPACE, organisationsResources } from './i18n.js';

const t = () => {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    ns: [ORGANISATIONS_NAMESPACE, ERRORS_NAMESPACE],
    resources: { en: { [ORGANISATIONS_NAMESPACE]: organisationsResources.en, [ERRORS_NAMESPACE]: errorsResources.en } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
};

describe('the words of a new organisation’s problems', () => {
  it('name the organisation that already has the name, as the api sends it', () => {
    expect(problemWords(t(), `${ORGANISATIONS_NAMESPACE}:platform`, { field: 'name', code: 'DUPLICATE_NAME', params: { name: 'Harbour Lights Project' } })).toBe(
      'An organisation called Harbour Lights Project already exists',
    );
  });
});
