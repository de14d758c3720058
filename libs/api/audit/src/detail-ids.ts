import { isUuid } from '@liaise/shared-domain';

/** The distinct uuids among an audit detail's values, however deep (lists of ids included), lowercase. */
export function idsIn(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (item: unknown): void => {
    if (typeof item === 'string') {
      if (isUuid(item)) found.add(item.toLowerCase());
    } else if (Array.isArray(item)) {
      item.forEach(visit);
    } else if (typeof item === 'object' && item !== null) {
      Object.values(item).forEach(visit);
    }
  };
  visit(value);
  return [...found];
}
