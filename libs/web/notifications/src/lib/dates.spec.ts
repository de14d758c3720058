import { dayAndTime } from './dates.js';

describe('when a notification arrived', () => {
  it('reads as a UK day and time, in UK time', () => {
    expect(dayAndTime('2026-11-28T09:05:00Z')).toEqual({ date: '28 November 2026', time: '9:05am' });
    // British Summer Time.
    expect(dayAndTime('2026-07-01T12:30:00Z')).toEqual({ date: '1 July 2026', time: '1:30pm' });
  });

  it('is empty for something that is not a time', () => {
    expect(dayAndTime('soon')).toEqual({ date: '', time: '' });
  });
});
