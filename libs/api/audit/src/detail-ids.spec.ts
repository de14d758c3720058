import { idsIn } from './detail-ids.js';

const A = '5e0d1a2b-3c4d-4e5f-8a9b-000000000002';
const B = '5E0D1A2B-3C4D-4E5F-8A9B-000000000004';

describe('the ids in an audit detail', () => {
  it('finds uuids at any depth and in lists, once each, lowercase', () => {
    expect(idsIn({ added: [A, B], removed: [], nested: { by: A, note: 'not an id' }, count: 3 })).toEqual([A, B.toLowerCase()]);
  });

  it('finds nothing in details without ids', () => {
    expect(idsIn({ reason: 'No worker free that evening', officersAttended: 4, changed: ['plannedStart'] })).toEqual([]);
    expect(idsIn({})).toEqual([]);
  });
});
