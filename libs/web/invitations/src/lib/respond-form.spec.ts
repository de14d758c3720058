import { checkResponse, EMPTY_RESPONSE, respondFieldOf } from './respond-form.js';
import { inboxTabOf, inboxTabPath, statusesOf } from './paths.js';

const t = (key: string) => key;

describe('checkResponse', () => {
  it('asks for a choice', () => {
    expect(checkResponse(EMPTY_RESPONSE, t)).toEqual({ problems: [{ field: 'choice', message: 'invitation.choiceMissing' }] });
  });

  it('accepts naming at least one person, each once', () => {
    expect(checkResponse({ ...EMPTY_RESPONSE, choice: 'accept' }, t).problems).toEqual([{ field: 'attendees', message: 'invitation.colleaguesMissing' }]);
    expect(checkResponse({ choice: 'accept', attendeeUserIds: ['a', 'b', 'a'], reason: 'ignored' }, t)).toEqual({ problems: [], response: { accept: true, attendeeUserIds: ['a', 'b'] } });
  });

  it('declines with a reason', () => {
    expect(checkResponse({ ...EMPTY_RESPONSE, choice: 'decline', reason: '  ' }, t).problems).toEqual([{ field: 'reason', message: 'invitation.declineReasonMissing' }]);
    expect(checkResponse({ choice: 'decline', attendeeUserIds: ['a'], reason: ' No one free ' }, t)).toEqual({ problems: [], response: { accept: false, reason: 'No one free' } });
  });

  it("puts the api's messages on their fields", () => {
    expect(respondFieldOf('Everyone named must be an active member of your organisation', undefined)).toBe('attendees');
    expect(respondFieldOf('Enter the reason', undefined)).toBe('reason');
    expect(respondFieldOf('This invitation has expired', undefined)).toBeUndefined();
  });
});

describe('the inbox tabs', () => {
  it('show invitations awaiting an answer unless the address says otherwise', () => {
    expect(inboxTabOf(new URLSearchParams(''))).toBe('pending');
    expect(inboxTabOf(new URLSearchParams('show=all'))).toBe('all');
    expect(inboxTabOf(new URLSearchParams('show=nonsense'))).toBe('pending');
    expect(statusesOf('pending')).toEqual(['PENDING']);
    expect(statusesOf('all')).toBeNull();
    expect(inboxTabPath('pending')).toBe('/invitations');
    expect(inboxTabPath('accepted')).toBe('/invitations?show=accepted');
  });
});
