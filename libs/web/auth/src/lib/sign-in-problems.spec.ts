import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { checkSignInForm, codeProblems, endedSigningIn, signInProblems } from './sign-in-problems.js';

function graphqlErrors(...errors: GraphQLFormattedError[]): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors });
}

const MISSING = { email: 'Enter your e-mail address', password: 'Enter your password' };

describe('checkSignInForm', () => {
  it('asks for both fields when both are empty (white space counts as empty in the e-mail address)', () => {
    expect(checkSignInForm({ email: '  ', password: '' }, MISSING)).toEqual([
      { field: 'email', message: 'Enter your e-mail address' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('checks nothing else: the api judges the format', () => {
    expect(checkSignInForm({ email: 'not an address', password: ' ' }, MISSING)).toEqual([]);
  });
});

describe('signInProblems', () => {
  it('shows a refusal on the e-mail address', () => {
    const refused = graphqlErrors({
      message: 'Enter a correct e-mail address and password',
      extensions: { code: 'SIGN_IN_REFUSED' },
    });
    expect(signInProblems(refused)).toEqual([{ field: 'email', message: 'Enter a correct e-mail address and password' }]);
  });

  it('shows a pause on the e-mail address', () => {
    const paused = graphqlErrors({
      message: 'Too many attempts to sign in: try again in 5 minutes',
      extensions: { code: 'SIGN_IN_PAUSED' },
    });
    expect(signInProblems(paused)).toEqual([{ field: 'email', message: 'Too many attempts to sign in: try again in 5 minutes' }]);
  });

  it('puts each input problem on its field, one per field', () => {
    const invalid = graphqlErrors({
      message: 'several',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'email',
        problems: [
          { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter an e-mail address in the correct format, like name@example.org' },
          { code: 'BAD_USER_INPUT', field: 'email', message: 'E-mail address must be 320 characters or fewer' },
          { code: 'BAD_USER_INPUT', field: 'password', message: 'Enter your password' },
        ],
      },
    });
    expect(signInProblems(invalid)).toEqual([
      { field: 'email', message: 'Enter an e-mail address in the correct format, like name@example.org' },
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('uses the message when the input error lists no problems', () => {
    expect(signInProblems(graphqlErrors({ message: 'Enter your password', extensions: { code: 'BAD_USER_INPUT' } }))).toEqual([
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('says nothing of other failures: the page reports a problem with the service', () => {
    expect(signInProblems(graphqlErrors({ message: 'Something went wrong on our side', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBeUndefined();
    expect(signInProblems(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});

describe('codeProblems', () => {
  it('shows the api\'s refusal of a code on the code field', () => {
    const reused = graphqlErrors({
      message: 'That code has already been used: wait for the next one',
      extensions: { code: 'CODE_ALREADY_USED', field: 'code' },
    });
    expect(codeProblems(reused)).toEqual([{ field: 'code', message: 'That code has already been used: wait for the next one' }]);
    const malformed = graphqlErrors({
      message: 'x',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'code',
        problems: [{ code: 'BAD_USER_INPUT', field: 'code', message: 'Enter the 6-digit code from your authenticator app, or a recovery code like abcde-fghij' }],
      },
    });
    expect(codeProblems(malformed)?.[0]?.message).toMatch(/^Enter the 6-digit code/);
  });

  it('leaves an ended session to the app, and failures to the page', () => {
    expect(codeProblems(graphqlErrors({ message: 'Sign in to continue', extensions: { code: 'UNAUTHENTICATED' } }))).toBeUndefined();
    expect(codeProblems(new Error('offline'))).toBeUndefined();
  });
});

describe('endedSigningIn', () => {
  it('is true only when the api ended the half-signed-in session after too many wrong codes', () => {
    const ended = graphqlErrors({ message: 'You entered a wrong code 3 times: sign in again', extensions: { code: 'TOO_MANY_WRONG_CODES' } });
    expect(endedSigningIn(ended)).toBe(true);
    expect(endedSigningIn(graphqlErrors({ message: 'The code is not right', extensions: { code: 'CODE_INCORRECT' } }))).toBe(false);
    expect(endedSigningIn(new Error('network'))).toBe(false);
  });
});
