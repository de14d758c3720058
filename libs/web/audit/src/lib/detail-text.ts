/** One of the organisation's people whose id an entry's detail holds. */
export interface PersonName {
  readonly id: string;
  readonly name: string;
}

/**
 * An audit entry's detail as one line for a reader: `key: value` pairs, lists joined with commas, and the
 * ids of the organisation's own people replaced by their names (anyone else's id is shown as it is).
 */
export function detailText(detail: Readonly<Record<string, unknown>>, people: readonly PersonName[]): string {
  const nameOf = new Map(people.map((person) => [person.id.toLowerCase(), person.name]));
  const text = (value: unknown): string => {
    if (typeof value === 'string') return nameOf.get(value.toLowerCase()) ?? value;
    if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(text).join(', ');
    if (typeof value === 'object' && value !== null) return JSON.stringify(value);
    return String(value);
  };
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${text(value)}`)
    .join('; ');
}
