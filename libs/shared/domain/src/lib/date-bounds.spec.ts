import { earliestDisclosure, earliestTrainingCompletion, latestOperationStart, latestTrainingExpiry } from './date-bounds.js';

describe('date bounds', () => {
  it('plans an operation at most two years ahead', () => {
    expect(latestOperationStart(new Date('2026-11-28T09:00:00.000Z')).toISOString()).toBe('2028-11-28T09:00:00.000Z');
  });

  it('discloses no earlier than 12 hours before the start, unless released earlier than that', () => {
    const start = new Date('2026-12-10T06:00:00.000Z');
    expect(earliestDisclosure(start).toISOString()).toBe('2026-12-09T18:00:00.000Z');
    expect(earliestDisclosure(start, null).toISOString()).toBe('2026-12-09T18:00:00.000Z');
    expect(earliestDisclosure(start, new Date('2026-12-08T10:00:00.000Z')).toISOString()).toBe('2026-12-08T10:00:00.000Z');
    // A release inside the window changes nothing: the window already allows it.
    expect(earliestDisclosure(start, new Date('2026-12-09T20:00:00.000Z')).toISOString()).toBe('2026-12-09T18:00:00.000Z');
  });

  it('lets training expire at most ten years after completion, completed at most fifty years ago', () => {
    expect(latestTrainingExpiry('2026-02-28')).toBe('2036-02-28');
    expect(latestTrainingExpiry('2024-02-29')).toBe('2034-02-28');
    expect(earliestTrainingCompletion('2026-11-28')).toBe('1976-11-28');
  });
});
