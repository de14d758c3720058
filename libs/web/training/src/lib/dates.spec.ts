import { formatDate, ukToday } from './dates.js';

describe('dates', () => {
  it('reads an ISO date as people write it', () => {
    expect(formatDate('2026-11-28')).toBe('28 November 2026');
    expect(formatDate('2027-01-01')).toBe('1 January 2027');
  });

  it('counts today in UK time', () => {
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(ukToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
