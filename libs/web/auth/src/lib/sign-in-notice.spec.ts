import { signInLocationState, signInNoticeOf } from './sign-in-notice.js';

describe('signInNoticeOf', () => {
  it('reads the notice a navigation carried', () => {
    expect(signInNoticeOf(signInLocationState('signedOutEverywhere'))).toBe('signedOutEverywhere');
  });

  it('ignores any other state', () => {
    expect(signInNoticeOf(null)).toBeUndefined();
    expect(signInNoticeOf('sessionEnded')).toBeUndefined();
    expect(signInNoticeOf({ signInNotice: 'somethingElse' })).toBeUndefined();
  });
});
