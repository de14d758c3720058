import { NOTIFICATION_EVENTS, NOTIFICATION_TEXT } from '@liaise/shared-domain';
import {
  NOTIFICATION_PREFERENCE_DESCRIPTION,
  notificationLink,
  parseNotificationSignal,
} from './notification-rules.js';
import { END_OF_STREAM, FilteredStream } from './live-notifications.js';

const ID = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const USER = '5e0d1a2b-3c4d-4e5f-8a9b-000000000006';
const ORG = '0b9c4f7e-1a2b-4c3d-8e5f-000000000003';

describe('a notification’s link', () => {
  it.each([
    ['operation', `/operations/${ID}`],
    ['invitation', `/invitations/${ID}`],
    ['something-else', '/notifications'],
  ])('for a %s leads to %s', (subjectType, link) => {
    expect(notificationLink(subjectType, ID)).toBe(link);
  });
});

describe('the texts', () => {
  it('name every event for the preferences page', () => {
    for (const event of NOTIFICATION_EVENTS) expect(NOTIFICATION_PREFERENCE_DESCRIPTION[event]).toMatch(/^[A-Z].+[^.]$/);
  });

  it('say nothing that varies: fixed per event, no digits or placeholders', () => {
    for (const event of NOTIFICATION_EVENTS) expect(NOTIFICATION_TEXT[event]).not.toMatch(/[\d{}<>]/);
  });
});


describe('the database’s announcement', () => {
  it('is read as ids only', () => {
    expect(parseNotificationSignal(JSON.stringify({ id: ID, userId: USER, organisationId: ORG }))).toEqual({ id: ID, userId: USER, organisationId: ORG });
    expect(parseNotificationSignal({ id: ID, userId: USER, organisationId: ORG, text: 'extra' })).toEqual({ id: ID, userId: USER, organisationId: ORG });
  });

  it.each([undefined, null, 'not json', '{}', JSON.stringify({ id: ID, userId: 'me', organisationId: ORG }), 42])('ignores %j', (payload) => {
    expect(parseNotificationSignal(payload)).toBeUndefined();
  });
});

/** A source of events the test pushes, which records when it is told to stop. */
function source<T>() {
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  const queued: T[] = [];
  let returned = false;
  const iterator: AsyncIterator<T> = {
    next: () =>
      new Promise((resolve) => {
        const value = queued.shift();
        if (returned) resolve({ value: undefined, done: true });
        else if (value !== undefined) resolve({ value, done: false });
        else waiting.push(resolve);
      }),
    return: async () => {
      returned = true;
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      return { value: undefined, done: true };
    },
  };
  return {
    iterator,
    push: (value: T) => {
      const resolve = waiting.shift();
      if (resolve) resolve({ value, done: false });
      else queued.push(value);
    },
    returned: () => returned,
  };
}

describe('a filtered stream', () => {
  it('passes on what the step keeps, skips what it drops, and ends when it says so', async () => {
    const events = source<number>();
    const stream = new FilteredStream(events.iterator, async (n) => (n < 0 ? END_OF_STREAM : n % 2 === 0 ? n * 10 : undefined));
    events.push(1);
    events.push(2);
    events.push(3);
    events.push(4);
    events.push(-1);
    expect(await stream.next()).toEqual({ value: 20, done: false });
    expect(await stream.next()).toEqual({ value: 40, done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(events.returned()).toBe(true);
  });

  it('stops its source at once when the client stops, even while waiting for an event', async () => {
    const events = source<number>();
    const stream = new FilteredStream(events.iterator, async (n) => n);
    const pending = stream.next();
    await stream.return();
    expect(events.returned()).toBe(true);
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});
