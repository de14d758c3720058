import { EMPTY_DATE, isoDateOf, type DateParts } from '@liaise/web-ui';
import { parseTime, timeText, ukInstant, ukWallClock } from './uk-time.js';

/** A date and a time as typed, in UK time. */
export interface DateTimeParts {
  readonly date: DateParts;
  readonly time: string;
}

export const EMPTY_DATE_TIME: DateTimeParts = { date: EMPTY_DATE, time: '' };

/** What was typed: an instant, nothing, or which part is wrong. */
export type DateTimeResult = { readonly instant: Date } | 'empty' | 'invalid-date' | 'invalid-time' | 'missing-date' | 'missing-time';

/** The instant the fields make, read in UK time. */
export function instantOf(parts: DateTimeParts): DateTimeResult {
  const date = isoDateOf(parts.date);
  const time = parseTime(parts.time);
  if (date === 'empty' && time === null) return 'empty';
  if (date === 'empty') return 'missing-date';
  if (date === 'invalid') return 'invalid-date';
  if (time === null) return 'missing-time';
  if (time === 'invalid') return 'invalid-time';
  return { instant: ukInstant(date, time.hour, time.minute) };
}

/** The fields for an instant, in UK time, for editing. */
export function dateTimePartsOf(instant: unknown): DateTimeParts {
  if (instant === null || instant === undefined) return EMPTY_DATE_TIME;
  const wall = ukWallClock(instant);
  const [year = '', month = '', day = ''] = wall.date.split('-');
  return { date: { day: String(Number(day)), month: String(Number(month)), year }, time: timeText(wall.hour, wall.minute) };
}
