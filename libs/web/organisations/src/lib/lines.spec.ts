import { linesOf } from './lines.js';

describe('linesOf', () => {
  it('takes one entry a line, trimmed, without blank lines', () => {
    expect(linesOf(' Port Allen \r\n\nKingsbridge\n  \nHollin Vale')).toEqual(['Port Allen', 'Kingsbridge', 'Hollin Vale']);
    expect(linesOf('')).toEqual([]);
  });
});
