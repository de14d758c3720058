/** An ISO date (YYYY-MM-DD) as people read it: "28 November 2026". */
export function formatDate(isoDate: string, language = 'en-GB'): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today in the UK, as YYYY-MM-DD. The api decides; this only catches an obvious mistake early. */
export function ukToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
