import { CombinedGraphQLErrors } from '@apollo/client';
import { apiProblems, isRefusedWith } from './problems.js';

const refusal = (...errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors: errors.map((error) => ({ ...error, path: ['inviteUser'] })) });

describe("the api's refusal as problems", () => {
  it('reads the code, the field and the params, never the message', () => {
    const error = refusal({ message: 'An organisation called Safe Harbour already exists', extensions: { code: 'DUPLICATE_NAME', field: 'name', params: { name: 'Safe Harbour' } } });
    expect(apiProblems(error)).toEqual([{ code: 'DUPLICATE_NAME', field: 'name', params: { name: 'Safe Harbour' } }]);
  });

  it('lists each problem of a refusal that has several', () => {
    const error = refusal({
      message: 'several',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'email',
        problems: [
          { code: 'BAD_USER_INPUT', field: 'email', message: 'Enter an e-mail address in the correct format' },
          { code: 'ROLE_NOT_ALLOWED', field: 'role', params: { max: 3 }, message: 'Choose a role' },
        ],
      },
    });
    expect(apiProblems(error)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'email' },
      { code: 'ROLE_NOT_ALLOWED', field: 'role', params: { max: 3 } },
    ]);
  });

  it('keeps a refusal of the whole request without a field', () => {
    expect(apiProblems(refusal({ message: 'This invitation has expired', extensions: { code: 'INVITATION_EXPIRED' } }))).toEqual([{ code: 'INVITATION_EXPIRED' }]);
  });

  it('takes the refusal’s own code when its problems are only English (an older api)', () => {
    const error = refusal({ message: 'several', extensions: { code: 'BAD_USER_INPUT', problems: ['Enter an e-mail address in the correct format'] } });
    expect(apiProblems(error)).toEqual([{ code: 'BAD_USER_INPUT' }]);
  });

  it('is no refusal it can word when a code is unknown, so the form shows general words', () => {
    expect(apiProblems(refusal({ message: 'New rule', extensions: { code: 'A_NEWER_CODE', field: 'email' } }))).toBeUndefined();
    expect(apiProblems(refusal({ message: 'x', extensions: { code: 'BAD_USER_INPUT', problems: [{ code: 'A_NEWER_CODE', message: 'x' }] } }))).toBeUndefined();
  });

  it("says nothing of the service's own failures, nor of a network error", () => {
    expect(apiProblems(refusal({ message: 'Something went wrong on our side', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBeUndefined();
    expect(apiProblems(new TypeError('Failed to fetch'))).toBeUndefined();
  });

  it('tells a refusal by its code', () => {
    const stale = refusal({ message: 'Someone else changed it', extensions: { code: 'STALE' } });
    expect(isRefusedWith(stale, 'STALE')).toBe(true);
    expect(isRefusedWith(stale, 'NOT_FOUND')).toBe(false);
    expect(isRefusedWith(new TypeError('Failed to fetch'), 'STALE')).toBe(false);
  });
});
