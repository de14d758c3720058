import { decodeCreatedAtCursor, decodeCursor, encodeCreatedAtCursor, encodeCursor, validCursor } from './keyset-cursor.js';

const ID = '4f0e9a52-5c1b-4f3e-9d7a-2b6c8e1f0a93';

describe('a keyset cursor', () => {
  it('gives back exactly the parts it was made of', () => {
    expect(decodeCursor(encodeCursor(['2026-11-28', 'E', ID]), 3)).toEqual(['2026-11-28', 'E', ID]);
  });

  it.each([
    ['too few parts', encodeCursor(['a', 'b']), 3],
    ['too many parts', encodeCursor(['a', 'b', 'c', 'd']), 3],
    ['empty', '', 1],
    ['not base64url', 'not a cursor!', 1],
    ['too long', 'A'.repeat(300), 1],
  ])('is refused when %s', (_why, cursor, count) => {
    expect(decodeCursor(cursor, count)).toBeUndefined();
  });
});

describe('the created-at cursor', () => {
  it('comes back as it went', () => {
    const createdAt = new Date('2026-11-28T09:00:00.123Z');
    expect(decodeCreatedAtCursor(encodeCreatedAtCursor({ createdAt, id: ID }))).toEqual({ createdAt, id: ID });
  });

  it.each(['', 'not a cursor', Buffer.from('yesterday|x').toString('base64url'), encodeCursor(['2026-11-28T09:00:00.000Z', ID, 'more']), encodeCursor(['2026-11-28T09:00:00.000Z', 'x'])])(
    'refuses %j',
    (cursor) => {
      expect(decodeCreatedAtCursor(cursor)).toBeUndefined();
    },
  );

  it('is refused on the `after` argument when it is not one the api wrote', () => {
    expect(() => validCursor(decodeCreatedAtCursor('nonsense'))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
  });
});
