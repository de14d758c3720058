/** British English dates for English; Welsh for Welsh. */
const locale = (language: string | undefined) => (language === 'cy' ? 'cy-GB' : 'en-GB');

/** A moment from the api (an ISO date-time) as people in the UK read it ("28 November 2026 at 09:00"), London time. */
export function formatDateTime(value: unknown, language: string | undefined): string {
  if (typeof value !== 'string') return '';
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(value));
}
