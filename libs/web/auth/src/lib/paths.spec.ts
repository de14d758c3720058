import { HOME_PATH, nextSignInPath, SIGN_IN_PATH, safeReturnTo, signInPath } from './paths.js';

describe('safeReturnTo', () => {
  it.each(['/home', '/account?x=1', '/account?tab=1#part', '/a/b/c', '/%5Cencoded-is-a-path'])('keeps the path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    ['a full address', 'https://evil.example/home'],
    ['a scheme-relative address', '//evil.example/home'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a tab browsers drop', '/\t/evil.example'],
    ['a newline browsers drop', '/\n/evil.example'],
    ['a relative path', 'home'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['nothing', ''],
    ['the sign-in page itself', SIGN_IN_PATH],
    ['the sign-in page with a return address', `${SIGN_IN_PATH}?returnTo=/home`],
  ])('refuses %s', (_what, value) => {
    expect(safeReturnTo(value)).toBeUndefined();
  });

  it('refuses a missing value', () => {
    expect(safeReturnTo(null)).toBeUndefined();
    expect(safeReturnTo(undefined)).toBeUndefined();
  });
});

describe('signInPath', () => {
  it('carries a path on this site, encoded', () => {
    expect(signInPath('/account?x=1')).toBe('/sign-in?returnTo=%2Faccount%3Fx%3D1');
    expect(new URLSearchParams(signInPath(`${HOME_PATH}#top`).split('?')[1]).get('returnTo')).toBe('/home#top');
  });

  it('leaves out anything else', () => {
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});

describe('nextSignInPath', () => {
  it('sends a session waiting for its second factor to that step, keeping where it was going', () => {
    expect(nextSignInPath('ENTER_CODE', '/account')).toBe('/sign-in/code?returnTo=%2Faccount');
    expect(nextSignInPath('ENROL', null)).toBe('/sign-in/set-up-authenticator');
  });

  it('sends a fully signed-in person where they were going, or home', () => {
    expect(nextSignInPath('DONE', '/account?x=1')).toBe('/account?x=1');
    expect(nextSignInPath('DONE', '//evil.example')).toBe(HOME_PATH);
    expect(nextSignInPath('DONE', '/sign-in/code')).toBe(HOME_PATH);
  });
});
