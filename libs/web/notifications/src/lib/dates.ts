/** The day and the time of an instant, as people in the UK read them: "28 November 2026", "9:05am". */
export function dayAndTime(iso: string, language = 'en-GB'): { date: string; time: string } {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { date: '', time: '' };
  const date = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(at);
  const time = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' })
    .format(at)
    .replace(/\s/g, '')
    .toLowerCase();
  return { date, time };
}
