import { DomainError } from '@liaise/api-core';
import { decodeOperationsCursor, encodeOperationsCursor, type OperationsCursor } from './operations-cursor.js';

const CURSOR: OperationsCursor = {
  today: '2026-11-28',
  earlier: true,
  start: '2026-11-27T21:30:00.123456Z',
  id: '0e7a71c3-5d2e-4f10-9b6c-000000000004',
};

const refusal = (after: string) => {
  try {
    decodeOperationsCursor(after);
  } catch (error: unknown) {
    return error instanceof DomainError ? { code: error.code, field: error.field } : error;
  }
  return 'accepted';
};

const encoded = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('the operations list cursor', () => {
  it('reads back what it wrote, for both groups of the list', () => {
    expect(decodeOperationsCursor(encodeOperationsCursor(CURSOR))).toEqual(CURSOR);
    expect(decodeOperationsCursor(encodeOperationsCursor({ ...CURSOR, earlier: false }))).toEqual({ ...CURSOR, earlier: false });
  });

  it.each([
    ['nonsense', 'nonsense'],
    ['an old cursor without the day', encoded(`${CURSOR.start}|${CURSOR.id}`)],
    ['an impossible day', encoded(`2026-02-30|E|${CURSOR.start}|${CURSOR.id}`)],
    ['an unknown group', encoded(`${CURSOR.today}|X|${CURSOR.start}|${CURSOR.id}`)],
    ['a start without microseconds', encoded(`${CURSOR.today}|E|2026-11-27T21:30:00Z|${CURSOR.id}`)],
    ['an impossible start', encoded(`${CURSOR.today}|E|2026-13-27T21:30:00.000000Z|${CURSOR.id}`)],
    ['an id that is not a uuid', encoded(`${CURSOR.today}|E|${CURSOR.start}|not-an-id`)],
    ['a trailing part', encoded(`${CURSOR.today}|E|${CURSOR.start}|${CURSOR.id}|more`)],
    ['an overlong text', 'x'.repeat(201)],
  ])('refuses %s, naming `after`', (_name, after) => {
    expect(refusal(after)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
