import { INVITATION_STATUSES, OPERATION_STATES } from '@liaise/shared-domain';
import { availableInvitationActions, effectiveInvitationStatus, ukDateTime } from './invitation-rules.js';

const may = { respond: true, manage: true };

describe('effectiveInvitationStatus', () => {
  const respondBy = new Date('2026-12-01T12:00:00Z');
  it('shows a pending invitation past its respond-by time as expired, before any sweep', () => {
    expect(effectiveInvitationStatus('PENDING', respondBy, new Date('2026-12-01T11:59:59Z'))).toBe('PENDING');
    expect(effectiveInvitationStatus('PENDING', respondBy, respondBy)).toBe('EXPIRED');
    expect(effectiveInvitationStatus('ACCEPTED', respondBy, new Date('2026-12-02T00:00:00Z'))).toBe('ACCEPTED');
  });
});

describe('availableInvitationActions', () => {
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

  it('offers the partner nothing once the operation is completed or cancelled, nor to someone who may not respond', () => {
    for (const state of OPERATION_STATES) {
      const open = state === 'PARTNERS_NOTIFIED' || state === 'IN_PROGRESS';
      expect(availableInvitationActions('PARTNER', 'PENDING', state, may).length > 0).toBe(open);
    }
    expect(availableInvitationActions('PARTNER', 'PENDING', 'PARTNERS_NOTIFIED', { respond: false, manage: false })).toEqual([]);
    expect(availableInvitationActions('FORCE', 'PENDING', 'PARTNERS_NOTIFIED', { respond: true, manage: false })).toEqual([]);
  });
});

describe('ukDateTime', () => {
  it('says a time as people in the UK read it', () => {
    expect(ukDateTime(new Date('2026-07-01T13:05:00Z'))).toBe('1 July 2026 at 14:05');
    expect(ukDateTime(new Date('2026-12-01T09:30:00Z'))).toBe('1 December 2026 at 09:30');
  });
});
