import { generateSync } from 'otplib';
import { TOTP_PERIOD_SECONDS } from '@liaise/api-auth';
import { Clock } from '@liaise/api-core';
import { DEMO_TOTP_SECRET } from '../../src/demo/demo-people.js';

/** Where every TestClock starts, and so when the demo of a test app's database was loaded. */
export const TEST_CLOCK_START = new Date('2026-11-28T09:00:00Z');

/** A clock the test moves by hand. */
export class TestClock extends Clock {
  private current = new Date(TEST_CLOCK_START);

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** The code a demo person's authenticator app shows at this clock's time. */
export function currentDemoCode(clock: Clock): string {
  return generateSync({ secret: DEMO_TOTP_SECRET, epoch: Math.floor(clock.now().getTime() / 1000) });
}

/** The code a demo person's authenticator app shows at this clock's time, one period later than last asked. */
export function nextDemoCode(clock: TestClock): string {
  clock.advance(TOTP_PERIOD_SECONDS * 1000);
  return currentDemoCode(clock);
}
