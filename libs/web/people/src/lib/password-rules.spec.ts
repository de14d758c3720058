import { newPasswordProblem } from './password-rules.js';

describe('a new password’s problem', () => {
  it('asks for a password when there is none', () => {
    expect(newPasswordProblem('password', '', [])).toEqual({ field: 'password', code: 'REQUIRED' });
  });

  it('says which rule a weak password breaks, for the words of that reason', () => {
    expect(newPasswordProblem('password', 'too short', [])).toEqual({ field: 'password', code: 'WEAK_PASSWORD', params: { reason: 'TOO_SHORT' } });
    expect(newPasswordProblem('password', 'harbour lights forever', ['Harbour Lights Project'])).toEqual({
      field: 'password',
      code: 'WEAK_PASSWORD',
      params: { reason: 'CONTAINS_PERSONAL_DETAIL' },
    });
  });

  it('has nothing to say of a good one', () => {
    expect(newPasswordProblem('password', 'correct horse battery staple', ['Nia Newcomer'])).toBeUndefined();
  });
});
