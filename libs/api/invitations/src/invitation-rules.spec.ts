import type { RequestAuth } from '@liaise/api-core';
import {
  answerableBy,
  attendeeIds,
  checkAcceptanceWithdrawable,
  checkAttendeesActive,
  checkOperationStateFor,
  checkRespondBy,
  cleanReason,
  closedInvitation,
  DEFAULT_INVITATION_PAGE_SIZE,
  invitationPageSize,
  invitationStatusFilter,
  MAX_ATTENDEES,
  MAX_INVITATIONS_AT_ONCE,
  repeatedPartner,
  sideOf,
  strangerInAttendance,
  ukDateTime,
  visibleTo,
} from './invitation-rules.js';

const FORCE = '00000000-0000-4000-8000-00000000000f';
const PARTNER = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';
const row = { forceOrganisationId: FORCE, partnerOrganisationId: PARTNER };
const actingFor = (organisationId: string) => ({ organisationId, userId: OTHER, role: 'MANAGER' }) as RequestAuth;

/** The refusal's code, field and message, as the api sends them. */
function refusal(fn: () => unknown): { code: string; field?: string; message: string } {
  try {
    fn();
  } catch (error) {
    const { code, field, message } = error as { code: string; field?: string; message: string };
    return field === undefined ? { code, message } : { code, field, message };
  }
  throw new Error('not refused');
}

describe('ukDateTime', () => {
  it('says a time as people in the UK read it', () => {
    expect(ukDateTime(new Date('2026-07-01T13:05:00Z'))).toBe('1 July 2026 at 14:05');
    expect(ukDateTime(new Date('2026-12-01T09:30:00Z'))).toBe('1 December 2026 at 09:30');
  });
});

describe('the sides of an invitation', () => {
  it('knows the force and the partner, and no one else', () => {
    expect(sideOf(row, actingFor(FORCE))).toBe('FORCE');
    expect(sideOf(row, actingFor(PARTNER))).toBe('PARTNER');
    expect(sideOf(row, actingFor(OTHER))).toBeNull();
  });

  it('answers anyone else, and a missing row, as not found', () => {
    expect(visibleTo(row, actingFor(FORCE))).toBe(row);
    expect(refusal(() => visibleTo(row, actingFor(OTHER))).code).toBe('NOT_FOUND');
    expect(refusal(() => visibleTo(null, actingFor(FORCE))).code).toBe('NOT_FOUND');
  });

  it('lets only the partner answer', () => {
    expect(answerableBy(row, actingFor(PARTNER))).toBe(row);
    expect(refusal(() => answerableBy(row, actingFor(FORCE)))).toEqual({
      code: 'NOT_THE_PARTNER',
      message: 'Only the invited partner can answer an invitation. The force may withdraw it instead.',
    });
    expect(refusal(() => answerableBy(row, actingFor(OTHER))).code).toBe('NOT_FOUND');
  });
});

describe('closed invitations', () => {
  it('says when an expired invitation expired', () => {
    expect(closedInvitation(new Date('2026-07-01T13:05:00Z'), 'EXPIRED').message).toBe(
      'This invitation expired at 1 July 2026 at 14:05 without an answer: it can no longer be answered.',
    );
    expect(closedInvitation(new Date(), 'DECLINED').message).toBe('This invitation was declined: it can no longer be answered or changed.');
  });

  it('withdraws only an accepted invitation, pointing a pending one to declining', () => {
    expect(() => checkAcceptanceWithdrawable('ACCEPTED')).not.toThrow();
    expect(refusal(() => checkAcceptanceWithdrawable('PENDING'))).toEqual({ code: 'INVITATION_CLOSED', message: 'You have not accepted this invitation: decline it instead.' });
    expect(refusal(() => checkAcceptanceWithdrawable('WITHDRAWN')).message).toBe('This invitation was withdrawn by the force: only an accepted one can be withdrawn from.');
  });

  it('answers until the operation is completed and withdraws an acceptance until it starts', () => {
    expect(() => checkOperationStateFor('ACCEPT', 'PARTNERS_NOTIFIED')).not.toThrow();
    expect(() => checkOperationStateFor('WITHDRAW_ACCEPTANCE', 'PARTNERS_NOTIFIED')).not.toThrow();
    expect(refusal(() => checkOperationStateFor('WITHDRAW_ACCEPTANCE', 'IN_PROGRESS')).message).toBe(
      'This operation is in progress: an acceptance can be withdrawn only until it starts. If your people cannot attend, tell the force directly.',
    );
    expect(refusal(() => checkOperationStateFor('DECLINE', 'CANCELLED'))).toEqual({
      code: 'INVALID_STATE',
      message: 'This operation is cancelled: its invitation can no longer be answered or changed.',
    });
  });
});

describe('cleanReason', () => {
  it('trims the reason', () => {
    expect(cleanReason('  too far  ', 'you are declining')).toBe('too far');
  });

  it('asks for a missing reason and refuses a long one', () => {
    expect(refusal(() => cleanReason('  ', 'you are declining'))).toEqual({ code: 'REASON_REQUIRED', field: 'reason', message: 'Enter the reason you are declining' });
    expect(refusal(() => cleanReason(undefined, 'you are declining')).code).toBe('REASON_REQUIRED');
    expect(cleanReason('x'.repeat(1000), 'why')).toHaveLength(1000);
    expect(refusal(() => cleanReason('x'.repeat(1001), 'why'))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason', message: 'Reason must be 1000 characters or fewer' });
  });
});

describe('choosing partners to invite', () => {
  const choose = (...ids: string[]) => ids.map((partnerOrganisationId) => ({ partnerOrganisationId }));

  it('finds the first partner chosen twice', () => {
    expect(repeatedPartner(choose(PARTNER, OTHER))).toBeUndefined();
    expect(repeatedPartner(choose(PARTNER, OTHER, OTHER, PARTNER))).toBe(OTHER);
  });

  it('wants between one and the most at once', () => {
    expect(refusal(() => repeatedPartner([]))).toEqual({ code: 'BAD_USER_INPUT', field: 'invitations', message: 'Choose at least one partner to invite' });
    const many = Array.from({ length: MAX_INVITATIONS_AT_ONCE + 1 }, (_, index) => `p${index}`);
    expect(refusal(() => repeatedPartner(choose(...many))).message).toBe('Invite at most 20 partners at a time');
  });

  it('wants a respond-by time in the future and before the start', () => {
    const now = new Date('2026-07-01T10:00:00Z');
    const start = new Date('2026-07-03T10:00:00Z');
    expect(() => checkRespondBy(new Date('2026-07-02T10:00:00Z'), now, start)).not.toThrow();
    expect(refusal(() => checkRespondBy(new Date('invalid'), now, start))).toEqual({ code: 'BAD_USER_INPUT', field: 'respondBy', message: 'Enter the respond-by time as a date and time' });
    expect(refusal(() => checkRespondBy(now, now, start)).message).toBe('The respond-by time must be in the future');
    expect(refusal(() => checkRespondBy(start, now, start)).message).toBe('The respond-by time must be before the operation starts');
  });
});

describe('attendance', () => {
  const named = new Set([PARTNER, OTHER]);

  it('returns the first person in the list who was not named to attend', () => {
    expect(strangerInAttendance([{ userId: PARTNER, attended: true }], named)).toBeUndefined();
    expect(strangerInAttendance([{ userId: PARTNER, attended: true }, { userId: FORCE, attended: false }, { userId: OTHER, attended: 'yes' }], named)).toBe(FORCE);
  });

  it('refuses, in the order of the list, an empty list, an entry without yes or no, and a person twice', () => {
    expect(refusal(() => strangerInAttendance([], named))).toEqual({ code: 'BAD_USER_INPUT', field: 'attendance', message: 'Say who attended' });
    expect(refusal(() => strangerInAttendance([{ userId: OTHER, attended: null }, { userId: FORCE, attended: true }], named)).message).toBe(
      'Say whether each person attended',
    );
    expect(refusal(() => strangerInAttendance([{ userId: OTHER, attended: true }, { userId: OTHER, attended: false }], named)).message).toBe(
      'Each person may appear once in the attendance',
    );
  });
});

describe('naming attendees', () => {
  it('names each person once, between one and the most', () => {
    expect(attendeeIds([PARTNER, OTHER, PARTNER])).toEqual([PARTNER, OTHER]);
    expect(refusal(() => attendeeIds([]))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'attendeeUserIds',
      message: 'Name at least one person from your organisation who will attend',
    });
    expect(refusal(() => attendeeIds(Array.from({ length: MAX_ATTENDEES + 1 }, (_, index) => `u${index}`))).message).toBe('Name at most 20 people');
  });

  it('names only active people of the organisation', () => {
    const accounts = new Map([
      [PARTNER, { displayName: 'Asha', status: 'ACTIVE' }],
      [OTHER, { displayName: 'Ben', status: 'DISABLED' }],
    ]);
    expect(() => checkAttendeesActive([PARTNER], accounts)).not.toThrow();
    expect(refusal(() => checkAttendeesActive([PARTNER, OTHER], accounts)).message).toBe(
      'Ben is not one of your organisation’s people any more: choose attendees from your active colleagues',
    );
    expect(refusal(() => checkAttendeesActive([FORCE], accounts)).message).toBe(
      'Someone you named is not one of your organisation’s people: choose attendees from your colleagues',
    );
  });
});

describe('the inbox page', () => {
  it('asks for between 1 and 100 invitations, 20 when not said', () => {
    expect(invitationPageSize(undefined)).toBe(DEFAULT_INVITATION_PAGE_SIZE);
    expect(invitationPageSize(100)).toBe(100);
    for (const size of [0, 101, 1.5]) {
      expect(refusal(() => invitationPageSize(size))).toEqual({ code: 'BAD_USER_INPUT', field: 'first', message: 'Ask for between 1 and 100 invitations at a time' });
    }
  });

  it('lists statuses from the list only', () => {
    expect(invitationStatusFilter(null)).toEqual([]);
    expect(invitationStatusFilter(['PENDING', 'EXPIRED'])).toEqual(['PENDING', 'EXPIRED']);
    expect(refusal(() => invitationStatusFilter(['MAYBE' as 'PENDING'])).message).toBe('Choose statuses from the list');
  });
});
