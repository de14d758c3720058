import type { TFunction } from 'i18next';
import { BUILT_IN_CHECKLIST_ITEMS, isUuid } from '@liaise/shared-domain';

/** One of the organisation's people whose id an entry's detail holds. */
export interface PersonName {
  readonly id: string;
  readonly name: string;
}

/** An operation an entry is about or names, as the reader may see it (a partner never gets the reference). */
export interface OperationName {
  readonly id: string;
  readonly reference: string | null;
  readonly type: string;
  readonly generalArea: string;
}

/** The names the api resolved for an entry's ids, each under the reader's own access. */
export interface DetailNames {
  readonly people: readonly PersonName[];
  readonly operations: readonly OperationName[];
  readonly organisations: readonly PersonName[];
}

/** One fact of an entry's detail, in plain words. */
export interface DetailLine {
  readonly label: string;
  readonly value: string;
}

/** i18next's `t` of the `audit` namespace. */
export type Translate = TFunction<'audit'>;

export const UK_TIME_ZONE = 'Europe/London';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An enumeration's value, such as PARTNERS_NOTIFIED or LIAISON_OFFICER. */
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;
/** A field's name, such as plannedStart. */
const FIELD_NAME = /^[a-z]+([A-Z][a-z0-9]*)+$/;

/** "plannedStart" → "Planned start"; "PARTNERS_NOTIFIED" → "Partners notified". */
export function humanise(code: string): string {
  const words = code.includes('_') ? code.toLowerCase().split('_') : code.split(/(?=[A-Z])/).map((word) => word.toLowerCase());
  const text = words.filter((word) => word !== '').join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ukParts(instant: Date, language: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat(language, {
    timeZone: UK_TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(parts.filter((part) => part.type !== 'literal').map((part) => [part.type, part.value]));
}

/** A time of day as GOV.UK writes it: "7pm", "7:30am", "midday", "midnight". */
function timeOfDay(hour: number, minute: number, t: Translate): string {
  if (minute === 0 && hour === 12) return t('time.midday');
  if (minute === 0 && hour === 0) return t('time.midnight');
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${hour < 12 ? t('time.am') : t('time.pm')}`;
}

/** An instant in UK time, as GOV.UK writes it: "6 December 2026, 7pm". */
export function ukDateTime(instant: Date | string, t: Translate, language = 'en-GB'): string {
  const parts = ukParts(new Date(instant), language);
  return `${parts['day']} ${parts['month']} ${parts['year']}, ${timeOfDay(Number(parts['hour']) % 24, Number(parts['minute']), t)}`;
}

/** A day (YYYY-MM-DD) as GOV.UK writes it: "6 December 2026". */
export function ukDate(isoDate: string, language = 'en-GB'): string {
  return new Intl.DateTimeFormat(language, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** Keys an entry's facts start with, in this order; the rest follow as stored. */
const FIRST_KEYS: readonly string[] = ['operationId', 'partnerOrganisationId', 'userId'];

const CHECKLIST_TITLES = new Map(BUILT_IN_CHECKLIST_ITEMS.map((item) => [item.key, item.title]));

/**
 * An audit entry's detail as plain facts for a reader: each key labelled, the ids of the organisation's
 * own people, the operations it may see and the organisations it knows replaced by their names (or said to
 * be someone or something it cannot see), times and days in UK time, codes in words.
 */
export function detailLines(detail: Readonly<Record<string, unknown>>, names: DetailNames, t: Translate, language = 'en-GB'): DetailLine[] {
  const people = new Map(names.people.map((person) => [person.id.toLowerCase(), person.name]));
  const organisations = new Map(names.organisations.map((organisation) => [organisation.id.toLowerCase(), organisation.name]));
  const operations = new Map(names.operations.map((operation) => [operation.id.toLowerCase(), operation]));

  const label = (key: string) => t(`keys.${key}`, { defaultValue: humanise(key) });
  const idText = (id: string, key: string): string => {
    const lower = id.toLowerCase();
    const operation = operations.get(lower);
    if (operation !== undefined) return operationText(operation, t);
    const name = people.get(lower) ?? organisations.get(lower);
    if (name !== undefined) return name;
    if (/operation/i.test(key)) return t('values.unseenOperation');
    if (/organisation/i.test(key)) return t('values.unseenOrganisation');
    if (/user/i.test(key) || ['added', 'removed', 'withoutMshtTraining', 'namedAttended', 'namedAbsent'].includes(key)) return t('values.someoneElse');
    return t('values.recorded');
  };
  const text = (value: unknown, key: string): string => {
    if (typeof value === 'string') {
      if (isUuid(value)) return idText(value, key);
      if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return ukDateTime(value, t, language);
      if (ISO_DATE.test(value)) return ukDate(value, language);
      if (CODE.test(value) || FIELD_NAME.test(value)) return t(`values.${value}`, { defaultValue: t(`keys.${value}`, { defaultValue: humanise(value) }) });
      return t(`values.${value}`, { defaultValue: value });
    }
    if (typeof value === 'boolean') return value ? t('values.yes') : t('values.no');
    if (Array.isArray(value)) return value.length === 0 ? t('values.none') : value.map((item) => text(item, key)).join(', ');
    if (typeof value === 'object' && value !== null) return objectText(value as Record<string, unknown>);
    return String(value);
  };
  const objectText = (value: Record<string, unknown>): string => {
    // A checklist answer: the item's title, then the answer.
    if (typeof value['key'] === 'string' && typeof value['answer'] === 'string') {
      return `${CHECKLIST_TITLES.get(value['key']) ?? value['key']}: ${text(value['answer'], 'answer')}`;
    }
    return Object.entries(value)
      .map(([key, item]) => `${label(key)}: ${text(item, key)}`)
      .join(', ');
  };
  // What it is about first: the database keeps a detail's keys in its own order (shortest first).
  const rank = (key: string) => (FIRST_KEYS.includes(key) ? FIRST_KEYS.indexOf(key) : FIRST_KEYS.length);
  return Object.entries(detail)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, value]) => ({ label: label(key), value: text(value, key) }));
}

/** An operation in words: the force's reference, or (for a partner) what kind and where. */
export function operationText(operation: OperationName, t: Translate): string {
  return operation.reference ?? t('values.operation', { type: t(`operationTypes.${operation.type}`, { defaultValue: humanise(operation.type) }), area: operation.generalArea });
}
