import { daysBetween } from '@liaise/shared-domain';

export const TRAINING_STATUSES = ['CURRENT', 'EXPIRING', 'EXPIRED', 'NONE'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Training that expires within this many days (inclusive) is shown as expiring. */
export const EXPIRING_WITHIN_DAYS = 30;

/** What `trainingStatus` needs of a record: its expiry date (YYYY-MM-DD), or null when it does not expire. */
export interface ExpiringRecord {
  readonly expiresOn: string | null;
}

/**
 * A record's status on `today` (YYYY-MM-DD, UK): EXPIRED once its expiry date has passed, EXPIRING from
 * 30 days before it up to and including that day, CURRENT before that or when it does not expire, NONE when
 * there is no record.
 */
export function trainingStatus(record: ExpiringRecord | null | undefined, today: string): TrainingStatus {
  if (record === null || record === undefined) return 'NONE';
  if (record.expiresOn === null) return 'CURRENT';
  const daysLeft = daysBetween(today, record.expiresOn);
  if (daysLeft < 0) return 'EXPIRED';
  if (daysLeft <= EXPIRING_WITHIN_DAYS) return 'EXPIRING';
  return 'CURRENT';
}

/** Of several records of one course, the one that counts: the latest expiry (no expiry beats any date). */
export function bestRecord<R extends ExpiringRecord>(records: readonly R[]): R | undefined {
  let best: R | undefined;
  for (const record of records) {
    if (best === undefined) best = record;
    else if (best.expiresOn !== null && (record.expiresOn === null || record.expiresOn > best.expiresOn)) best = record;
  }
  return best;
}
