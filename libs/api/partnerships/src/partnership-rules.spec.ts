import {
  PARTNERSHIP_ACTIONS,
  PARTNERSHIP_STATUSES,
  partnershipTransition,
  type PartnershipAction,
  type PartnershipSide,
  type PartnershipStatus,
} from './partnership-rules.js';

type Expected = PartnershipStatus | 'INVALID_TRANSITION' | 'NOT_YOUR_SIDE';

/**
 * Every status × action × side, and what must happen. Reading down a column is the partnership's life as
 * the issue describes it: the force proposes, the project accepts or declines, either suspends or ends,
 * only the side that suspended resumes.
 */
const TABLE: readonly [PartnershipStatus, PartnershipAction, PartnershipSide, Expected][] = [
  ['PROPOSED', 'accept', 'PROJECT', 'ACTIVE'],
  ['PROPOSED', 'accept', 'FORCE', 'NOT_YOUR_SIDE'],
  ['PROPOSED', 'decline', 'PROJECT', 'DECLINED'],
  ['PROPOSED', 'decline', 'FORCE', 'NOT_YOUR_SIDE'],
  ['PROPOSED', 'suspend', 'FORCE', 'INVALID_TRANSITION'],
  ['PROPOSED', 'suspend', 'PROJECT', 'INVALID_TRANSITION'],
  ['PROPOSED', 'resume', 'FORCE', 'INVALID_TRANSITION'],
  ['PROPOSED', 'resume', 'PROJECT', 'INVALID_TRANSITION'],
  ['PROPOSED', 'end', 'FORCE', 'ENDED'],
  ['PROPOSED', 'end', 'PROJECT', 'NOT_YOUR_SIDE'],

  ['ACTIVE', 'accept', 'PROJECT', 'INVALID_TRANSITION'],
  ['ACTIVE', 'accept', 'FORCE', 'INVALID_TRANSITION'],
  ['ACTIVE', 'decline', 'PROJECT', 'INVALID_TRANSITION'],
  ['ACTIVE', 'decline', 'FORCE', 'INVALID_TRANSITION'],
  ['ACTIVE', 'suspend', 'FORCE', 'SUSPENDED'],
  ['ACTIVE', 'suspend', 'PROJECT', 'SUSPENDED'],
  ['ACTIVE', 'resume', 'FORCE', 'INVALID_TRANSITION'],
  ['ACTIVE', 'resume', 'PROJECT', 'INVALID_TRANSITION'],
  ['ACTIVE', 'end', 'FORCE', 'ENDED'],
  ['ACTIVE', 'end', 'PROJECT', 'ENDED'],

  ['SUSPENDED', 'accept', 'PROJECT', 'INVALID_TRANSITION'],
  ['SUSPENDED', 'accept', 'FORCE', 'INVALID_TRANSITION'],
  ['SUSPENDED', 'decline', 'PROJECT', 'INVALID_TRANSITION'],
  ['SUSPENDED', 'decline', 'FORCE', 'INVALID_TRANSITION'],
  ['SUSPENDED', 'suspend', 'FORCE', 'INVALID_TRANSITION'],
  ['SUSPENDED', 'suspend', 'PROJECT', 'INVALID_TRANSITION'],
  ['SUSPENDED', 'resume', 'FORCE', 'ACTIVE'],
  ['SUSPENDED', 'resume', 'PROJECT', 'ACTIVE'],
  ['SUSPENDED', 'end', 'FORCE', 'ENDED'],
  ['SUSPENDED', 'end', 'PROJECT', 'ENDED'],

  ...(['DECLINED', 'ENDED'] as const).flatMap((status) =>
    PARTNERSHIP_ACTIONS.flatMap((action) =>
      (['FORCE', 'PROJECT'] as const).map((side): [PartnershipStatus, PartnershipAction, PartnershipSide, Expected] => [status, action, side, 'INVALID_TRANSITION']),
    ),
  ),
];

describe('partnership transitions', () => {
  it('the table covers every status, action and side', () => {
    const covered = new Set(TABLE.map(([status, action, side]) => `${status}/${action}/${side}`));
    expect(covered.size).toBe(PARTNERSHIP_STATUSES.length * PARTNERSHIP_ACTIONS.length * 2);
    expect(covered.size).toBe(TABLE.length);
  });

  it.each(TABLE)('%s, %s by the %s side: %s', (status, action, side, expected) => {
    // Suspended by the side acting, so resuming is a matter of the table alone.
    const outcome = partnershipTransition({ status, action, side, suspendedBy: side, reason: 'A reason' });
    if (outcome.allowed) expect(outcome.to).toBe(expected);
    else expect(outcome.code).toBe(expected);
  });

  it('lets only the side that suspended resume', () => {
    const byForce = partnershipTransition({ status: 'SUSPENDED', action: 'resume', side: 'PROJECT', suspendedBy: 'FORCE' });
    expect(byForce).toEqual({
      allowed: false,
      code: 'NOT_YOUR_SIDE',
      message: 'Only the force that suspended this partnership can resume it',
    });
    expect(partnershipTransition({ status: 'SUSPENDED', action: 'resume', side: 'FORCE', suspendedBy: 'FORCE' })).toEqual({ allowed: true, to: 'ACTIVE' });
  });

  it.each(['decline', 'suspend', 'end'] as const)('needs a reason to %s', (action) => {
    const status: PartnershipStatus = action === 'decline' ? 'PROPOSED' : 'ACTIVE';
    const side: PartnershipSide = action === 'decline' ? 'PROJECT' : 'FORCE';
    for (const reason of [undefined, null, '', '   ']) {
      const outcome = partnershipTransition({ status, action, side, reason });
      expect(outcome).toMatchObject({ allowed: false, code: 'REASON_REQUIRED' });
    }
  });

  it('needs no reason to accept or resume', () => {
    expect(partnershipTransition({ status: 'PROPOSED', action: 'accept', side: 'PROJECT' })).toEqual({ allowed: true, to: 'ACTIVE' });
    expect(partnershipTransition({ status: 'SUSPENDED', action: 'resume', side: 'PROJECT', suspendedBy: 'PROJECT' })).toEqual({ allowed: true, to: 'ACTIVE' });
  });

  it('says why a transition out of order is refused', () => {
    expect(partnershipTransition({ status: 'ENDED', action: 'resume', side: 'FORCE', reason: 'x' })).toEqual({
      allowed: false,
      code: 'INVALID_TRANSITION',
      message: 'This partnership is ended, so it cannot be resumed',
    });
    expect(partnershipTransition({ status: 'PROPOSED', action: 'accept', side: 'FORCE' })).toMatchObject({
      message: 'Only the project can accept or decline a proposed partnership',
    });
  });
});
