import { ukDateTime } from './invitation-rules.js';

describe('ukDateTime', () => {
  it('says a time as people in the UK read it', () => {
    expect(ukDateTime(new Date('2026-07-01T13:05:00Z'))).toBe('1 July 2026 at 14:05');
    expect(ukDateTime(new Date('2026-12-01T09:30:00Z'))).toBe('1 December 2026 at 09:30');
  });
});
