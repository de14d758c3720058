import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@liaise/api-core';

/**
 * From which consecutive failed password sign-in each count pauses further attempts (15 seconds, doubling
 * up to 15 minutes). The pair (one address tried from one client) pauses as a person's mistakes would; the
 * client address across every e-mail address it tries, later (several people may share an office's
 * address); the e-mail address as a whole only at volumes no person reaches, NIST SP 800-63B §5.2.2's
 * limit of 100 consecutive failures. A client that has signed in to the account before waits only for its
 * own pair: nobody elsewhere can keep a person out by failing on purpose.
 */
export const SIGN_IN_PAUSE_FROM = { pair: 5, client: 20, account: 100 } as const;

/** The three keys an attempt is counted under, each a SHA-256: the table never holds an address. */
export interface ThrottleKeys {
  readonly pair: string;
  readonly client: string;
  readonly account: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An e-mail address as sign-in looks it up. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * The client address as counted: an IPv4 address (also when written IPv4-mapped in IPv6), or the /64 network
 * of an IPv6 address, since one subscriber is usually given a whole /64 to pick addresses from.
 */
export function clientOf(ip: string | undefined): string {
  if (ip === undefined || ip === '') return 'unknown';
  const address = ip.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.padStart(4, '0')).join(':')}::/64`;
}

export function throttleKeys(email: string, ip: string | undefined): ThrottleKeys {
  const account = normaliseEmail(email);
  const client = clientOf(ip);
  return {
    pair: sha256(`pair\n${account}\n${client}`),
    client: sha256(`client\n${client}`),
    account: sha256(`account\n${account}`),
  };
}

/**
 * Failed password sign-ins, counted in PostgreSQL so every api instance sees the same counts, the same way
 * whether or not an account has the address.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Until when an attempt under these keys must wait, or undefined when it may go ahead now. */
  async pausedUntil(manager: EntityManager, keys: ThrottleKeys): Promise<Date | undefined> {
    const rows: { paused_until: Date | null }[] = await manager.query(
      'select auth_sign_in_paused_until($1, $2, $3, $4) as paused_until',
      [keys.pair, keys.client, keys.account, this.clock.now()],
    );
    return rows[0]?.paused_until ?? undefined;
  }

  /**
   * Counts a failure. Pass the manager of a transaction that commits whatever the request's outcome (the
   * request's own rolls back with the refusal); without one it is written at once.
   */
  async recordFailure(keys: ThrottleKeys, manager: Pick<EntityManager, 'query'> = this.dataSource): Promise<void> {
    await manager.query('select auth_record_sign_in_failure($1, $2, $3, $4, $5, $6, $7)', [
      keys.pair,
      keys.client,
      keys.account,
      SIGN_IN_PAUSE_FROM.pair,
      SIGN_IN_PAUSE_FROM.client,
      SIGN_IN_PAUSE_FROM.account,
      this.clock.now(),
    ]);
  }

  /** The right password: the pair starts afresh and is remembered, and the account's failures end. */
  async recordSuccess(manager: EntityManager, keys: ThrottleKeys): Promise<void> {
    await manager.query('select auth_record_sign_in_success($1, $2, $3)', [keys.pair, keys.account, this.clock.now()]);
  }
}

/** How many minutes, whole and at least one, until the pause ends: the `minutes` param of `SIGN_IN_PAUSED`. */
export function pausedMinutes(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

/** "Too many attempts…", the same for every pause: how long is all it says. */
export function pausedMessage(until: Date, now: Date): string {
  const minutes = pausedMinutes(until, now);
  return `Too many attempts to sign in: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
