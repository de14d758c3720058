/**
 * Times in the UK. Operations are planned in UK time (GMT in winter, BST in summer) whatever the browser's
 * own time zone; the api takes and gives instants (ISO 8601, UTC).
 */
export const UK_TIME_ZONE = 'Europe/London';

const PARTS_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An instant as the UK's wall clock shows it. */
export interface UkWallClock {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

function wallClockFields(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const fields: Record<string, number> = {};
  for (const part of PARTS_FORMAT.formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields['year'] ?? 0,
    month: fields['month'] ?? 0,
    day: fields['day'] ?? 0,
    hour: (fields['hour'] ?? 0) % 24,
    minute: fields['minute'] ?? 0,
    second: fields['second'] ?? 0,
  };
}

/** An instant as the api gives it (DateTime: an ISO string) or a Date. */
export function toDate(instant: unknown): Date {
  return instant instanceof Date ? instant : new Date(String(instant));
}

/** The UK wall clock at `instant`. */
export function ukWallClock(instant: unknown): UkWallClock {
  const { year, month, day, hour, minute } = wallClockFields(toDate(instant));
  return { date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, hour, minute };
}

/** Minutes the UK is ahead of UTC at `instant` (0 in winter, 60 in summer). */
function ukOffsetMinutes(instantMs: number): number {
  const f = wallClockFields(new Date(instantMs));
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/** The instant the UK wall clock shows `isoDate` at `hour`:`minute`. */
export function ukInstant(isoDate: string, hour: number, minute: number): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const wall = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute);
  const first = wall - ukOffsetMinutes(wall) * 60_000;
  // Near a change of the clocks the offset at the first guess may be the other one.
  const second = wall - ukOffsetMinutes(first) * 60_000;
  return new Date(second);
}

/** Today in the UK, YYYY-MM-DD. */
export function ukToday(now: Date = new Date()): string {
  return ukWallClock(now).date;
}

/**
 * A time as typed: "14:30", "14.30", "1430", "9:05", "9am", "2:30pm", "midday", "midnight". Null when
 * empty, 'invalid' when not a time.
 */
export function parseTime(text: string): { hour: number; minute: number } | null | 'invalid' {
  const value = text.trim().toLowerCase().replace(/\s+/g, '');
  if (value === '') return null;
  if (value === 'midday' || value === 'noon' || value === '12noon') return { hour: 12, minute: 0 };
  if (value === 'midnight') return { hour: 0, minute: 0 };
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(am|pm)?$/.exec(value);
  if (match === null) return 'invalid';
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3];
  if (match[2] === undefined && meridiem === undefined) return 'invalid';
  if (minute > 59) return 'invalid';
  if (meridiem === undefined) {
    if (hour > 23) return 'invalid';
  } else {
    if (hour < 1 || hour > 12) return 'invalid';
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return { hour, minute };
}

/** A time on the 24-hour clock, as the time field shows it: "06:30". */
export function timeText(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A day (YYYY-MM-DD) as GOV.UK writes it: "Tuesday 1 December 2026". */
export function formatDay(isoDate: string): string {
  const parts = DAY_FORMAT.formatToParts(new Date(`${isoDate}T12:00:00Z`));
  const field = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${field('weekday')} ${field('day')} ${field('month')} ${field('year')}`;
}

/** A time as GOV.UK writes it: "6:30am", "5pm", "midday", "midnight". */
export function formatTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${hour < 12 ? 'am' : 'pm'}`;
}

/** An instant in UK time as GOV.UK writes it: "Tuesday 1 December 2026 at 6:30am". */
export function formatUkDateTime(instant: unknown): string {
  const wall = ukWallClock(instant);
  return `${formatDay(wall.date)} at ${formatTime(wall.hour, wall.minute)}`;
}

/** A length of time in minutes as hours and minutes. */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
