import { DomainError } from '@liaise/api-core';
import { nextTransitionTime, releaseReason, stateWords, transitionReason } from './lifecycle-rules.js';

const refusal = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, message: error.message, field: error.field } : error;
  }
  return 'accepted';
};

describe('the lifecycle’s rules', () => {
  it('needs a reason to cancel or reopen, and takes one for any move', () => {
    expect(transitionReason('MARK_READY', '  ')).toBeNull();
    expect(transitionReason('MARK_READY', ' Ready ')).toBe('Ready');
    expect(transitionReason('CANCEL', ' Intelligence changed ')).toBe('Intelligence changed');
    expect(refusal(() => transitionReason('CANCEL', null))).toEqual({ code: 'REASON_REQUIRED', message: 'Enter the reason the operation is being cancelled', field: 'reason' });
    expect(refusal(() => transitionReason('REOPEN', ' '))).toEqual({ code: 'REASON_REQUIRED', message: 'Enter the reason the operation is being reopened', field: 'reason' });
  });

  it('takes a reason of up to 1000 characters', () => {
    expect(transitionReason('CANCEL', 'x'.repeat(1000))).toHaveLength(1000);
    expect(refusal(() => transitionReason('CANCEL', 'x'.repeat(1001)))).toEqual({ code: 'BAD_USER_INPUT', message: 'Reason must be 1000 characters or fewer', field: 'reason' });
    expect(releaseReason(` ${'x'.repeat(1000)} `)).toHaveLength(1000);
    expect(refusal(() => releaseReason('x'.repeat(1001)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('needs a reason to release the details early', () => {
    expect(refusal(() => releaseReason(' '))).toEqual({ code: 'REASON_REQUIRED', message: 'Enter the reason the details are being released early', field: 'reason' });
  });

  it('orders the history even when two moves come in the same millisecond', () => {
    const now = new Date('2026-11-28T09:00:00.000Z');
    expect(nextTransitionTime(now, null)).toEqual(now);
    expect(nextTransitionTime(now, new Date('2026-11-28T08:00:00.000Z'))).toEqual(now);
    expect(nextTransitionTime(now, now)).toEqual(new Date('2026-11-28T09:00:00.001Z'));
  });

  it('says a state in a sentence in lower case', () => {
    expect(stateWords('IN_PROGRESS')).toBe('in progress');
  });
});
