import { addMonths } from './dates.js';
import { DEFAULT_DISCLOSURE_HOURS } from './operations.js';

/**
 * How far dates may reach: what a person could plausibly mean, so that a slip (9999, 1970) is refused
 * rather than stored. The api refuses anything outside these; the web says the same before it asks.
 */

/** An operation is planned at most this far ahead: forces plan weeks, at most months, ahead. */
export const OPERATION_MAX_MONTHS_AHEAD = 24;

/** The latest planned start accepted at `now`: `OPERATION_MAX_MONTHS_AHEAD` months later. */
export function latestOperationStart(now: Date): Date {
  const latest = new Date(now.getTime());
  latest.setUTCMonth(latest.getUTCMonth() + OPERATION_MAX_MONTHS_AHEAD);
  return latest;
}

/**
 * The earliest disclosure time the operation's details may set: the default window before the start. The
 * force may disclose later than that, never earlier: details given sooner go through the early release,
 * which takes a reason and is audited. Once released early, the release time stands.
 */
export function earliestDisclosure(plannedStart: Date, releasedEarlyAt?: Date | null): Date {
  const window = new Date(plannedStart.getTime() - DEFAULT_DISCLOSURE_HOURS * 3_600_000);
  return releasedEarlyAt !== null && releasedEarlyAt !== undefined && releasedEarlyAt.getTime() < window.getTime() ? releasedEarlyAt : window;
}

/** A training record expires at most this long after it was completed (the longest courses run three years). */
export const TRAINING_MAX_VALIDITY_YEARS = 10;

/** A training record was completed at most this long ago: older training has long expired and is not evidence of anything. */
export const TRAINING_MAX_YEARS_AGO = 50;

/** The latest expiry date (YYYY-MM-DD) accepted for training completed on `completedOn`. */
export function latestTrainingExpiry(completedOn: string): string {
  return addMonths(completedOn, TRAINING_MAX_VALIDITY_YEARS * 12);
}

/** The earliest completion date (YYYY-MM-DD) accepted on `today`. */
export function earliestTrainingCompletion(today: string): string {
  return addMonths(today, -TRAINING_MAX_YEARS_AGO * 12);
}
