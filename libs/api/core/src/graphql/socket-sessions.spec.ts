import { jest } from '@jest/globals';
import type { ModuleRef } from '@nestjs/core';
import type { RequestAuth } from '../request/request-auth.js';
import { Clock } from '../time/clock.js';
import { SocketSessions, SubscriptionAuthenticator, SUBSCRIPTION_SESSION_CHECK_MS, type WatchedSocket } from './socket-sessions.js';

const MINUTE = 60_000;

/** A clock that moves with jest's fake timers. */
class TimerClock extends Clock {
  now(): Date {
    return new Date(Date.now());
  }
}

/** A session with idle and absolute ends, as the database would answer for it. */
class FakeSession extends SubscriptionAuthenticator {
  lastSeen = Date.now();
  readonly started = Date.now();
  ended = false;
  checks = 0;

  authenticate(): Promise<RequestAuth | undefined> {
    return Promise.resolve(undefined);
  }

  currentUntil(): Promise<Date | undefined> {
    this.checks += 1;
    const until = Math.min(this.lastSeen + 30 * MINUTE, this.started + 12 * 60 * MINUTE);
    return Promise.resolve(this.ended || Date.now() >= until ? undefined : new Date(until));
  }
}

class Socket implements WatchedSocket {
  readonly closes: number[] = [];
  close(code?: number): void {
    this.closes.push(code ?? 0);
  }
}

const AUTH: RequestAuth = { sessionId: 's1', userId: 'u1', organisationId: 'o1', role: 'OUTREACH_WORKER', secondFactorDone: true };

function watching(session: FakeSession): { sockets: SocketSessions; socket: Socket } {
  const moduleRef = { get: () => session } as unknown as ModuleRef;
  const sockets = new SocketSessions(moduleRef, new TimerClock());
  const socket = new Socket();
  sockets.watch(socket, AUTH);
  return { sockets, socket };
}

/** Moves the fake time on, letting the checks' promises settle between timers. */
async function pass(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

beforeEach(() => jest.useFakeTimers({ now: new Date('2026-11-28T09:00:00Z') }));
afterEach(() => jest.useRealTimers());

describe("an open socket's session", () => {
  it('closes the socket just after the session goes idle, not before', async () => {
    const session = new FakeSession();
    const { socket } = watching(session);
    await pass(30 * MINUTE - 1_000);
    expect(socket.closes).toEqual([]);
    await pass(2_000);
    expect(socket.closes).toEqual([4401]);
  });

  it('stays open while the person keeps using the portal, until the absolute end', async () => {
    const session = new FakeSession();
    const { socket } = watching(session);
    for (let minute = 0; minute < 12 * 60 - 20; minute += 20) {
      session.lastSeen = Date.now();
      await pass(20 * MINUTE);
      expect(socket.closes).toEqual([]);
    }
    session.lastSeen = Date.now();
    await pass(20 * MINUTE + 1_000);
    expect(socket.closes).toEqual([4401]);
  });

  it('is checked at once when a change concerns it, and only then', async () => {
    const session = new FakeSession();
    const { sockets, socket } = watching(session);
    await pass(0);
    const checks = session.checks;
    sockets.changed({ userId: 'someone else' });
    sockets.changed({ organisationId: 'another organisation' });
    await pass(0);
    expect(session.checks).toBe(checks);
    session.ended = true;
    sockets.changed({ sessionId: 's1' });
    await pass(0);
    expect(socket.closes).toEqual([4401]);
  });

  it('is checked again at least every minute, should an announcement be lost', async () => {
    const session = new FakeSession();
    const { socket } = watching(session);
    await pass(0);
    session.ended = true;
    await pass(SUBSCRIPTION_SESSION_CHECK_MS + 10);
    expect(socket.closes).toEqual([4401]);
  });

  it('is no longer checked once the socket has closed', async () => {
    const session = new FakeSession();
    const { sockets, socket } = watching(session);
    await pass(0);
    sockets.forget(socket);
    const checks = session.checks;
    await pass(60 * MINUTE);
    expect(session.checks).toBe(checks);
    expect(socket.closes).toEqual([]);
  });
});
