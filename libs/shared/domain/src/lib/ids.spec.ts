import { isUuid } from './ids.js';

describe('isUuid', () => {
  it('accepts a uuid in either case', () => {
    expect(isUuid('4f0e9a52-5c1b-4f3e-9d7a-2b6c8e1f0a93')).toBe(true);
    expect(isUuid('4F0E9A52-5C1B-4F3E-9D7A-2B6C8E1F0A93')).toBe(true);
  });

  it.each(['', 'not-a-uuid', '4f0e9a52-5c1b-4f3e-9d7a-2b6c8e1f0a9', ' 4f0e9a52-5c1b-4f3e-9d7a-2b6c8e1f0a93', 42, null, undefined])('refuses %j', (value) => {
    expect(isUuid(value)).toBe(false);
  });
});
