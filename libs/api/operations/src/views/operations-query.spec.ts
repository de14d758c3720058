import { DomainError } from '@liaise/api-core';
import { encodeOperationsCursor } from './operations-cursor.js';
import { checkOperationsQuery } from './operations-query.js';

const refusal = (...args: Parameters<typeof checkOperationsQuery>) => {
  try {
    checkOperationsQuery(...args);
  } catch (error) {
    return error instanceof DomainError ? { message: error.message, field: error.field } : error;
  }
  return 'accepted';
};

describe('what is asked of the operations list', () => {
  it('pages 20 at a time by default, unfiltered, from the top', () => {
    expect(checkOperationsQuery(null, null, null)).toEqual({ size: 20, filter: { states: [], from: null, to: null }, cursor: null });
    expect(checkOperationsQuery(undefined, undefined, '')).toMatchObject({ cursor: null });
  });

  it('takes a filter and the cursor of the page before', () => {
    const cursor = { today: '2026-11-28', earlier: false, start: '2026-12-01T10:00:00.000000Z', id: '0e7a71c3-5d2e-4f10-9b6c-000000000004' };
    expect(checkOperationsQuery({ states: ['DRAFT'], from: '2026-11-01', to: '2026-11-01' }, 100, encodeOperationsCursor(cursor))).toEqual({
      size: 100,
      filter: { states: ['DRAFT'], from: '2026-11-01', to: '2026-11-01' },
      cursor,
    });
  });

  it.each<[string, Parameters<typeof checkOperationsQuery>, { message: string; field: string }]>([
    ['no operations', [null, 0, null], { message: 'Ask for between 1 and 100 operations at a time', field: 'first' }],
    ['101 operations', [null, 101, null], { message: 'Ask for between 1 and 100 operations at a time', field: 'first' }],
    ['an unknown state', [{ states: ['LOST' as never] }, null, null], { message: 'Choose states from the list', field: 'filter.states' }],
    ['an impossible from date', [{ from: '2027-02-30' }, null, null], { message: 'From date must be a real date', field: 'filter.from' }],
    ['an impossible to date', [{ to: '2027-13-01' }, null, null], { message: 'To date must be a real date', field: 'filter.to' }],
    ['a to date before the from date', [{ from: '2027-02-02', to: '2027-02-01' }, null, null], { message: 'To date must be the same as or after the from date', field: 'filter.to' }],
  ])('refuses %s', (_what, args, expected) => {
    expect(refusal(...args)).toEqual(expected);
  });

  it('refuses a cursor it did not write, naming `after`', () => {
    expect(refusal(null, null, 'nonsense')).toMatchObject({ field: 'after' });
  });
});
