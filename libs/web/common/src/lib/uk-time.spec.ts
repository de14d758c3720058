import { formatDay, formatTime, formatUkDateTime, hoursAndMinutes, parseTime, timeText, ukInstant, ukToday, ukWallClock } from './uk-time.js';

describe('UK time', () => {
  it('reads a wall-clock time in winter as GMT and in summer as BST', () => {
    expect(ukInstant('2026-12-01', 6, 30).toISOString()).toBe('2026-12-01T06:30:00.000Z');
    expect(ukInstant('2026-07-01', 6, 30).toISOString()).toBe('2026-07-01T05:30:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    // Clocks go forward at 01:00 GMT on 29 March 2026 and back at 01:00 GMT on 25 October 2026.
    expect(ukInstant('2026-03-29', 0, 30).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(ukInstant('2026-03-29', 3, 0).toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(ukInstant('2026-10-25', 0, 30).toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(ukInstant('2026-10-25', 3, 0).toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });

  it('shows an instant on the UK wall clock', () => {
    expect(ukWallClock('2026-07-01T23:30:00Z')).toEqual({ date: '2026-07-02', hour: 0, minute: 30 });
    expect(ukWallClock('2026-12-31T23:30:00Z')).toEqual({ date: '2026-12-31', hour: 23, minute: 30 });
    expect(ukToday(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });

  it('reads times as people type them', () => {
    expect(parseTime('14:30')).toEqual({ hour: 14, minute: 30 });
    expect(parseTime(' 6.05 ')).toEqual({ hour: 6, minute: 5 });
    expect(parseTime('0630')).toEqual({ hour: 6, minute: 30 });
    expect(parseTime('9am')).toEqual({ hour: 9, minute: 0 });
    expect(parseTime('2:30 PM')).toEqual({ hour: 14, minute: 30 });
    expect(parseTime('12am')).toEqual({ hour: 0, minute: 0 });
    expect(parseTime('12pm')).toEqual({ hour: 12, minute: 0 });
    expect(parseTime('midday')).toEqual({ hour: 12, minute: 0 });
    expect(parseTime('')).toBeNull();
    for (const wrong of ['24:00', '12:60', '13pm', '9', 'soon', '0am']) expect(parseTime(wrong)).toBe('invalid');
  });

  it('writes days and times the GOV.UK way', () => {
    expect(formatDay('2026-12-01')).toBe('Tuesday 1 December 2026');
    expect(formatTime(6, 30)).toBe('6:30am');
    expect(formatTime(17, 0)).toBe('5pm');
    expect(formatTime(12, 0)).toBe('midday');
    expect(formatTime(0, 0)).toBe('midnight');
    expect(formatTime(0, 15)).toBe('12:15am');
    expect(formatUkDateTime('2026-07-01T05:30:00Z')).toBe('Wednesday 1 July 2026 at 6:30am');
    expect(timeText(6, 5)).toBe('06:05');
    expect(hoursAndMinutes(150)).toEqual({ hours: 2, minutes: 30 });
  });
});
