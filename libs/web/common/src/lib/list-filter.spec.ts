import { currentCursor, filterSearch, nextPageSearch, operationsFilterOf, pageNumber, previousPageSearch } from './list-filter.js';

describe('cursor pages in the address', () => {
  it('go forward and back', () => {
    const first = new URLSearchParams('state=DRAFT');
    expect(currentCursor(first)).toBeUndefined();
    expect(pageNumber(first)).toBe(1);
    expect(previousPageSearch(first)).toBeUndefined();
    const second = new URLSearchParams(nextPageSearch(first, 'c1'));
    expect(currentCursor(second)).toBe('c1');
    const third = new URLSearchParams(nextPageSearch(second, 'c2+/='));
    expect(currentCursor(third)).toBe('c2+/=');
    expect(pageNumber(third)).toBe(3);
    expect(previousPageSearch(third)).toBe('?state=DRAFT&after=c1');
    expect(previousPageSearch(second)).toBe('?state=DRAFT');
    expect(previousPageSearch(new URLSearchParams('after=c1'))).toBe('?');
  });
});

describe('the operations filter', () => {
  it('is read from the address, ignoring what it does not know', () => {
    expect(operationsFilterOf(new URLSearchParams('state=DRAFT&state=NOPE&from=2026-12-01&to=soon'), ['DRAFT', 'READY'])).toEqual({ states: ['DRAFT'], from: '2026-12-01' });
  });

  it('is written to the address from the form, back to the first page', () => {
    expect(filterSearch(['READY', 'DRAFT'], { day: '1', month: '12', year: '2026' }, { day: '', month: '', year: '' })).toEqual({
      search: '?state=READY&state=DRAFT&from=2026-12-01',
      problems: [],
    });
    expect(filterSearch([], { day: '', month: '', year: '' }, { day: '', month: '', year: '' })).toEqual({ search: '?', problems: [] });
  });

  it('refuses dates that are not real or the wrong way round', () => {
    expect(filterSearch([], { day: '31', month: '2', year: '2026' }, { day: '1', month: '1', year: '2026' }).problems).toEqual([{ field: 'from', code: 'INVALID_DATE' }]);
    expect(filterSearch([], { day: '2', month: '1', year: '2026' }, { day: '1', month: '1', year: '2026' }).problems).toEqual([{ field: 'to', code: 'TOO_EARLY' }]);
  });
});
