import type { TFunction } from 'i18next';
import { hoursAndMinutes } from '@liaise/web-common';

/** A duration in minutes in words: "2 hours 30 minutes". */
export function durationText(minutes: number, t: TFunction<'operations'>): string {
  const { hours, minutes: rest } = hoursAndMinutes(minutes);
  return [hours > 0 ? t('duration.hours', { count: hours }) : '', rest > 0 || hours === 0 ? t('duration.minutes', { count: rest }) : ''].filter((part) => part !== '').join(' ');
}
