import { addDays, addMonths } from '@liaise/shared-domain';
import { bestRecord, EXPIRING_WITHIN_DAYS, trainingStatus } from './training-status.js';

const TODAY = '2026-11-28';

describe('trainingStatus', () => {
  it.each([
    ['no record', undefined, 'NONE'],
    ['null record', null, 'NONE'],
    ['no expiry', { expiresOn: null }, 'CURRENT'],
    ['expired yesterday', { expiresOn: addDays(TODAY, -1) }, 'EXPIRED'],
    ['expired a year ago', { expiresOn: addDays(TODAY, -365) }, 'EXPIRED'],
    ['expires today', { expiresOn: TODAY }, 'EXPIRING'],
    ['expires tomorrow', { expiresOn: addDays(TODAY, 1) }, 'EXPIRING'],
    ['expires in exactly 30 days', { expiresOn: addDays(TODAY, EXPIRING_WITHIN_DAYS) }, 'EXPIRING'],
    ['expires in 31 days', { expiresOn: addDays(TODAY, EXPIRING_WITHIN_DAYS + 1) }, 'CURRENT'],
    ['expires in three years', { expiresOn: addMonths(TODAY, 36) }, 'CURRENT'],
  ] as const)('%s: %s', (_name, record, expected) => {
    expect(trainingStatus(record, TODAY)).toBe(expected);
  });

  it('counts across a change of clocks (UK summer time ends in October)', () => {
    expect(trainingStatus({ expiresOn: '2026-11-27' }, '2026-10-28')).toBe('EXPIRING');
    expect(trainingStatus({ expiresOn: '2026-11-28' }, '2026-10-28')).toBe('CURRENT');
  });
});

describe('bestRecord', () => {
  it('takes the latest expiry, and a record that does not expire over any date', () => {
    const a = { id: 'a', expiresOn: '2026-01-01' };
    const b = { id: 'b', expiresOn: '2027-01-01' };
    const c = { id: 'c', expiresOn: null };
    expect(bestRecord([])).toBeUndefined();
    expect(bestRecord([a, b])).toBe(b);
    expect(bestRecord([b, a])).toBe(b);
    expect(bestRecord([a, c, b])).toBe(c);
  });
});

describe('dates', () => {
  it('adds months, keeping to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-28', 36)).toBe('2029-11-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});
