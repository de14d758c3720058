import { checkResponse, EMPTY_RESPONSE } from './respond-form.js';
import { inboxTabOf, inboxTabPath, statusesOf } from './paths.js';

describe('checkResponse', () => {
  it('asks for a choice', () => {
    expect(checkResponse(EMPTY_RESPONSE)).toEqual({ problems: [{ field: 'choice', code: 'REQUIRED' }] });
  });

  it('accepts naming at least one person, each once', () => {
    expect(checkResponse({ ...EMPTY_RESPONSE, choice: 'accept' }).problems).toEqual([{ field: 'attendeeUserIds', code: 'REQUIRED' }]);
    expect(checkResponse({ choice: 'accept', attendeeUserIds: ['a', 'b', 'a'], reason: 'ignored' })).toEqual({ problems: [], response: { accept: true, attendeeUserIds: ['a', 'b'] } });
  });

  it('declines with a reason', () => {
    expect(checkResponse({ ...EMPTY_RESPONSE, choice: 'decline', reason: '  ' }).problems).toEqual([{ field: 'reason', code: 'REASON_REQUIRED' }]);
    expect(checkResponse({ choice: 'decline', attendeeUserIds: ['a'], reason: ' No one free ' })).toEqual({ problems: [], response: { accept: false, reason: 'No one free' } });
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
