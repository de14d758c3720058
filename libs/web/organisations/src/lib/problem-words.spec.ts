import { problemWords } from '@liaise/web-ui';
import { englishWords } from '@liaise/web-ui/testing';
import { ORGANISATIONS_NAMESPACE, organisationsResources } from './i18n.js';

const t = () => englishWords({ [ORGANISATIONS_NAMESPACE]: organisationsResources.en }).t;

describe('the words of a new organisation’s problems', () => {
  it('name the organisation that already has the name, as the api sends it', () => {
    expect(problemWords(t(), `${ORGANISATIONS_NAMESPACE}:platform`, { field: 'name', code: 'DUPLICATE_NAME', params: { name: 'Harbour Lights Project' } })).toBe(
      'An organisation called Harbour Lights Project already exists',
    );
  });
});
