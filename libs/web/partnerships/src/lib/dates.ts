/** An ISO date (YYYY-MM-DD) as people read it: "28 November 2026". */
export function formatDate(isoDate: string, language = 'en-GB'): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
