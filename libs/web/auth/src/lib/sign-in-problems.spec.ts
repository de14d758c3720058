import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { checkSignInForm, codeProblems, endedSigningIn, signInProblems } from './sign-in-problems.js';

function graphqlErrors(...errors: GraphQLFormattedError[]): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors });
}

describe('checkSignInForm', () => {
  it('asks for both fields when both are empty (white space counts as empty in the e-mail address)', () => {
    expect(checkSignInForm({ email: '  ', password: '' })).toEqual([
      { field: 'email', code: 'REQUIRED' },
      { field: 'password', code: 'REQUIRED' },
    ]);
  });

  it('checks nothing else: the api judges the format', () => {
    expect(checkSignInForm({ email: 'not an address', password: ' ' })).toEqual([]);
  });
});

describe('signInProblems', () => {
  it('shows a refusal, or a pause, on the e-mail address', () => {
    expect(signInProblems(graphqlErrors({ message: 'Enter a correct e-mail address and password', extensions: { code: 'SIGN_IN_REFUSED' } }))).toEqual([
      { field: 'email', code: 'SIGN_IN_REFUSED' },
    ]);
    expect(signInProblems(graphqlErrors({ message: 'Too many attempts', extensions: { code: 'SIGN_IN_PAUSED', params: { minutes: 5 } } }))).toEqual([
      { field: 'email', code: 'SIGN_IN_PAUSED', params: { minutes: 5 } },
    ]);
  });

  it('keeps each input problem on the field the api names', () => {
    const invalid = graphqlErrors({
      message: 'several',
      extensions: {
        code: 'BAD_USER_INPUT',
        problems: [
          { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter an e-mail address in the correct format' },
          { code: 'REQUIRED', field: 'password', message: 'Enter your password' },
        ],
      },
    });
    expect(signInProblems(invalid)).toEqual([
      { field: 'email', code: 'BAD_USER_INPUT' },
      { field: 'password', code: 'REQUIRED' },
    ]);
  });

  it('is undefined for a failure of the service, or any other refusal', () => {
    expect(signInProblems(graphqlErrors({ message: 'Something went wrong', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBeUndefined();
    expect(signInProblems(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(signInProblems(graphqlErrors({ message: 'Not found', extensions: { code: 'NOT_FOUND' } }))).toBeUndefined();
  });
});

describe('codeProblems', () => {
  it('shows the first refusal of a code on the code field', () => {
    expect(codeProblems(graphqlErrors({ message: 'The code is not right', extensions: { code: 'CODE_INCORRECT', field: 'code' } }))).toEqual([
      { field: 'code', code: 'CODE_INCORRECT' },
    ]);
  });

  it('is undefined for anything else', () => {
    expect(codeProblems(graphqlErrors({ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }))).toBeUndefined();
  });
});

describe('endedSigningIn', () => {
  it('is true when too many wrong codes ended the session', () => {
    expect(endedSigningIn(graphqlErrors({ message: 'You entered a wrong code 5 times', extensions: { code: 'TOO_MANY_WRONG_CODES' } }))).toBe(true);
    expect(endedSigningIn(graphqlErrors({ message: 'The code is not right', extensions: { code: 'CODE_INCORRECT' } }))).toBe(false);
  });
});
