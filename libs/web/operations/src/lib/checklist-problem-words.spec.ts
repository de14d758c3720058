import { problemWords } from '@liaise/web-ui';
import { englishWords } from '@liaise/web-ui/testing';
import { OPERATIONS_NAMESPACE, operationsResources } from './i18n.js';

const t = () => englishWords({ [OPERATIONS_NAMESPACE]: operationsResources.en }).t;

describe('the words of a met answer the operation’s details do not allow', () => {
  it.each([
    [{ title: 'MSHT training', reason: 'namedOfficers' }, '“MSHT training” cannot be met while an officer named to attend has no current MSHT training'],
    [{ title: 'Safeguarding', reason: 'dependentsArrangements' }, '“Safeguarding” cannot be met while dependents are expected with no arrangements made for them'],
    [{ title: 'Female officers', reason: 'femaleOfficersAttending' }, '“Female officers” cannot be met when no female officers attend: answer not met, with the reason'],
  ])('name the item and what it rests on, as the api sends them (%j)', (params, words) => {
    expect(problemWords(t(), `${OPERATIONS_NAMESPACE}:checklist`, { field: 'answers', code: 'BAD_USER_INPUT', params })).toBe(words);
    expect(problemWords(t(), `${OPERATIONS_NAMESPACE}:checklist`, { code: 'BAD_USER_INPUT', params })).toBe(words);
  });

  it('fall back to general words for a detail this web does not know', () => {
    expect(problemWords(t(), `${OPERATIONS_NAMESPACE}:checklist`, { code: 'BAD_USER_INPUT', params: { title: 'Dignity', reason: 'somethingNew' } })).toMatch(/does not fit the operation’s details/);
  });
});
