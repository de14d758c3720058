import { CombinedGraphQLErrors } from '@apollo/client';
import { formProblems } from './problems.js';

const refusal = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors: errors.map((error) => ({ ...error, path: ['inviteUser'] })) });

const fieldOf = (message: string) => (/e-mail/i.test(message) ? 'email' : /role/i.test(message) ? 'role' : undefined);

describe("the api's refusals as problems to show", () => {
  it('puts a refusal on the field it names', () => {
    const error = refusal({ message: 'This e-mail address already has a Liaise account', extensions: { code: 'EMAIL_HAS_ACCOUNT', field: 'email' } });
    expect(formProblems(error, fieldOf)).toEqual([{ field: 'email', message: 'This e-mail address already has a Liaise account', code: 'EMAIL_HAS_ACCOUNT' }]);
  });

  it('puts each input problem on its field, one a field', () => {
    const error = refusal({
      message: 'several',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'email',
        problems: [
          { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter an e-mail address in the correct format' },
          { code: 'BAD_USER_INPUT', field: 'email', message: 'E-mail address must be 320 characters or fewer' },
          { code: 'BAD_USER_INPUT', field: 'role', message: 'Choose a role' },
        ],
      },
    });
    expect(formProblems(error, fieldOf)).toEqual([
      { field: 'email', message: 'Enter an e-mail address in the correct format', code: 'BAD_USER_INPUT' },
      { field: 'role', message: 'Choose a role', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('keeps a refusal of the whole form without a field', () => {
    const error = refusal({ message: 'This invitation has expired: ask again', extensions: { code: 'INVITATION_EXPIRED' } });
    expect(formProblems(error, () => undefined)).toEqual([{ message: 'This invitation has expired: ask again', code: 'INVITATION_EXPIRED' }]);
  });

  it("says nothing of the service's own failures, nor of a network error", () => {
    expect(formProblems(refusal({ message: 'Something went wrong on our side', extensions: { code: 'INTERNAL_SERVER_ERROR' } }), fieldOf)).toBeUndefined();
    expect(formProblems(new TypeError('Failed to fetch'), fieldOf)).toBeUndefined();
  });
});
