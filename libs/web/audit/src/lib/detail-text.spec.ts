import { detailText } from './detail-text.js';

const LEE = '5e0d1a2b-3c4d-4e5f-8a9b-000000000002';
const STRANGER = '5e0d1a2b-3c4d-4e5f-8a9b-000000000006';

describe('an audit entry’s detail, for a reader', () => {
  it('names the organisation’s own people and leaves anyone else’s id as it is', () => {
    expect(detailText({ added: [LEE, STRANGER], removed: [], withoutMshtTraining: [STRANGER] }, [{ id: LEE, name: 'PC Lee Oakes' }])).toBe(
      `added: PC Lee Oakes, ${STRANGER}; removed: none; withoutMshtTraining: ${STRANGER}`,
    );
  });

  it('writes numbers, words and nested values plainly', () => {
    expect(detailText({ officersAttended: 4, reason: 'No worker free', window: { from: 'x' } }, [])).toBe(
      'officersAttended: 4; reason: No worker free; window: {"from":"x"}',
    );
    expect(detailText({}, [])).toBe('');
  });
});
