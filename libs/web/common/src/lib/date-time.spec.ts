import { dateTimePartsOf, instantOf } from './date-time.js';

describe('date and time fields', () => {
  it('make an instant in UK time', () => {
    expect(instantOf({ date: { day: '1', month: '7', year: '2026' }, time: '06:30' })).toEqual({ instant: new Date('2026-07-01T05:30:00Z') });
  });

  it('say which part is missing or wrong', () => {
    expect(instantOf({ date: { day: '', month: '', year: '' }, time: ' ' })).toBe('empty');
    expect(instantOf({ date: { day: '', month: '', year: '' }, time: '10:00' })).toBe('missing-date');
    expect(instantOf({ date: { day: '31', month: '2', year: '2026' }, time: '10:00' })).toBe('invalid-date');
    expect(instantOf({ date: { day: '1', month: '2', year: '2026' }, time: '' })).toBe('missing-time');
    expect(instantOf({ date: { day: '1', month: '2', year: '2026' }, time: '25:00' })).toBe('invalid-time');
  });

  it('fill the fields from an instant, in UK time', () => {
    expect(dateTimePartsOf('2026-07-01T23:30:00Z')).toEqual({ date: { day: '2', month: '7', year: '2026' }, time: '00:30' });
    expect(dateTimePartsOf(null)).toEqual({ date: { day: '', month: '', year: '' }, time: '' });
  });
});
