import {
  availableInvitationActions,
  availableOperationActions,
  effectiveInvitationStatus,
  INVITATION_STATUSES,
  OPERATION_ACTIONS,
  OPERATION_STATES,
  operationTransition,
  type OperationAction,
  type OperationState,
} from './operations.js';

/** Refused: the move is not open from that state. */
const NO = null;

/**
 * The lifecycle as the issue describes it, written out by hand for every state × action: draft → ready →
 * partners notified → in progress → completed → follow-up → closed, reopening a ready one as a draft, and
 * cancelling from any state before completed. Not derived from the table the code uses.
 */
const EXPECTED: Readonly<Record<OperationState, Readonly<Record<OperationAction, OperationState | null>>>> = {
  DRAFT: {
    MARK_READY: 'READY',
    REOPEN: NO,
    NOTIFY_PARTNERS: NO,
    START: NO,
    COMPLETE: NO,
    BEGIN_FOLLOW_UP: NO,
    CLOSE: NO,
    CANCEL: 'CANCELLED',
  },
  READY: {
    MARK_READY: NO,
    REOPEN: 'DRAFT',
    NOTIFY_PARTNERS: 'PARTNERS_NOTIFIED',
    START: NO,
    COMPLETE: NO,
    BEGIN_FOLLOW_UP: NO,
    CLOSE: NO,
    CANCEL: 'CANCELLED',
  },
  PARTNERS_NOTIFIED: {
    MARK_READY: NO,
    REOPEN: NO,
    NOTIFY_PARTNERS: NO,
    START: 'IN_PROGRESS',
    COMPLETE: NO,
    BEGIN_FOLLOW_UP: NO,
    CLOSE: NO,
    CANCEL: 'CANCELLED',
  },
  IN_PROGRESS: {
    MARK_READY: NO,
    REOPEN: NO,
    NOTIFY_PARTNERS: NO,
    START: NO,
    COMPLETE: 'COMPLETED',
    BEGIN_FOLLOW_UP: NO,
    CLOSE: NO,
    CANCEL: 'CANCELLED',
  },
  COMPLETED: {
    MARK_READY: NO,
    REOPEN: NO,
    NOTIFY_PARTNERS: NO,
    START: NO,
    COMPLETE: NO,
    BEGIN_FOLLOW_UP: 'FOLLOW_UP',
    CLOSE: NO,
    CANCEL: NO,
  },
  FOLLOW_UP: {
    MARK_READY: NO,
    REOPEN: NO,
    NOTIFY_PARTNERS: NO,
    START: NO,
    COMPLETE: NO,
    BEGIN_FOLLOW_UP: NO,
    CLOSE: 'CLOSED',
    CANCEL: NO,
  },
  CLOSED: {
    MARK_READY: NO,
    REOPEN: NO,
    NOTIFY_PARTNERS: NO,
    START: NO,
    COMPLETE: NO,
    BEGIN_FOLLOW_UP: NO,
    CLOSE: NO,
    CANCEL: NO,
  },
  CANCELLED: {
    MARK_READY: NO,
    REOPEN: NO,
    NOTIFY_PARTNERS: NO,
    START: NO,
    COMPLETE: NO,
    BEGIN_FOLLOW_UP: NO,
    CLOSE: NO,
    CANCEL: NO,
  },
};

const PAIRS = OPERATION_STATES.flatMap((state) => OPERATION_ACTIONS.map((action) => [state, action, EXPECTED[state][action]] as const));

describe('operation lifecycle', () => {
  it('the expected table names every state and every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...OPERATION_STATES].sort());
    for (const state of OPERATION_STATES) expect(Object.keys(EXPECTED[state]).sort()).toEqual([...OPERATION_ACTIONS].sort());
    expect(PAIRS).toHaveLength(64);
  });

  it.each(PAIRS.filter(([, , to]) => to !== NO))('%s, %s: allowed, to %s', (state, action, to) => {
    expect(operationTransition(state, action)).toEqual({ ok: true, to });
  });

  it.each(PAIRS.filter(([, , to]) => to === NO))('%s, %s: refused with a message naming both', (state, action) => {
    const outcome = operationTransition(state, action);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^An operation that is .+ cannot be .+: only one that is .+ can\.$/);
    expect(outcome.message).toContain(`that is ${state.toLowerCase().replaceAll('_', ' ').replace('follow up', 'follow-up')} cannot`);
  });

  it('says plainly why a transition out of order is refused', () => {
    expect(operationTransition('DRAFT', 'START')).toEqual({
      ok: false,
      message: 'An operation that is draft cannot be started: only one that is partners notified can.',
    });
    expect(operationTransition('COMPLETED', 'CANCEL')).toEqual({
      ok: false,
      message: 'An operation that is completed cannot be cancelled: only one that is draft or ready or partners notified or in progress can.',
    });
  });

  it.each(OPERATION_STATES)('offers in %s exactly the allowed actions, in lifecycle order', (state) => {
    const allowed = OPERATION_ACTIONS.filter((action) => EXPECTED[state][action] !== NO);
    expect(availableOperationActions(state)).toEqual(allowed);
  });

  it('leaves nothing open once closed or cancelled', () => {
    expect(availableOperationActions('CLOSED')).toEqual([]);
    expect(availableOperationActions('CANCELLED')).toEqual([]);
  });
});

describe('effectiveInvitationStatus', () => {
  const respondBy = new Date('2026-12-01T12:00:00Z');
  it('shows a pending invitation past its respond-by time as expired, before any sweep', () => {
    expect(effectiveInvitationStatus('PENDING', respondBy, new Date('2026-12-01T11:59:59Z'))).toBe('PENDING');
    expect(effectiveInvitationStatus('PENDING', respondBy, respondBy)).toBe('EXPIRED');
    expect(effectiveInvitationStatus('ACCEPTED', respondBy, new Date('2026-12-02T00:00:00Z'))).toBe('ACCEPTED');
  });
});

describe('availableInvitationActions', () => {
  const may = { respond: true, manage: true };

  it('offers the partner accept and decline while pending, withdrawing an acceptance once accepted, nothing otherwise', () => {
    for (const status of INVITATION_STATUSES) {
      const expected = status === 'PENDING' ? ['ACCEPT', 'DECLINE'] : status === 'ACCEPTED' ? ['WITHDRAW_ACCEPTANCE'] : [];
      expect({ status, actions: availableInvitationActions('PARTNER', status, 'PARTNERS_NOTIFIED', may) }).toEqual({ status, actions: expected });
    }
  });

  it('offers the force withdrawal of an open invitation only', () => {
    for (const status of INVITATION_STATUSES) {
      const expected = status === 'PENDING' || status === 'ACCEPTED' ? ['WITHDRAW'] : [];
      expect({ status, actions: availableInvitationActions('FORCE', status, 'PARTNERS_NOTIFIED', may) }).toEqual({ status, actions: expected });
    }
  });

  it('lets the partner answer until the operation is completed, but withdraw its acceptance only until it starts', () => {
    for (const state of OPERATION_STATES) {
      const answering = state === 'PARTNERS_NOTIFIED' || state === 'IN_PROGRESS';
      expect({ state, actions: availableInvitationActions('PARTNER', 'PENDING', state, may) }).toEqual({ state, actions: answering ? ['ACCEPT', 'DECLINE'] : [] });
      expect({ state, actions: availableInvitationActions('PARTNER', 'ACCEPTED', state, may) }).toEqual({
        state,
        actions: state === 'PARTNERS_NOTIFIED' ? ['WITHDRAW_ACCEPTANCE'] : [],
      });
    }
  });

  it('lets the force withdraw an open invitation until the operation is completed, and never after', () => {
    for (const state of OPERATION_STATES) {
      const open = state === 'PARTNERS_NOTIFIED' || state === 'IN_PROGRESS';
      for (const status of ['PENDING', 'ACCEPTED'] as const) {
        expect({ state, status, actions: availableInvitationActions('FORCE', status, state, may) }).toEqual({ state, status, actions: open ? ['WITHDRAW'] : [] });
      }
    }
  });

  it('offers nothing to someone whose role may not take the side’s actions', () => {
    expect(availableInvitationActions('PARTNER', 'PENDING', 'PARTNERS_NOTIFIED', { respond: false, manage: true })).toEqual([]);
    expect(availableInvitationActions('FORCE', 'PENDING', 'PARTNERS_NOTIFIED', { respond: true, manage: false })).toEqual([]);
  });
});
