import type { Problem } from '@liaise/shared-domain';
import { isoDateOf, type DateParts } from '@liaise/web-ui';

/** The search parameters of a list's pages: `after` once per page passed, the last being the current page's cursor. */
export const AFTER_PARAM = 'after';

/** The cursor of the page shown (none: the first page). */
export function currentCursor(params: URLSearchParams): string | undefined {
  const cursors = params.getAll(AFTER_PARAM);
  return cursors.length === 0 ? undefined : cursors[cursors.length - 1];
}

/** The page number shown, from 1. */
export function pageNumber(params: URLSearchParams): number {
  return params.getAll(AFTER_PARAM).length + 1;
}

/** The search of the next page: the cursors so far, then `nextCursor`. */
export function nextPageSearch(params: URLSearchParams, nextCursor: string): string {
  const next = new URLSearchParams(params);
  next.append(AFTER_PARAM, nextCursor);
  return `?${next.toString()}`;
}

/** The search of the previous page (undefined on the first): the last cursor dropped. */
export function previousPageSearch(params: URLSearchParams): string | undefined {
  const cursors = params.getAll(AFTER_PARAM);
  if (cursors.length === 0) return undefined;
  const previous = new URLSearchParams(params);
  previous.delete(AFTER_PARAM);
  for (const cursor of cursors.slice(0, -1)) previous.append(AFTER_PARAM, cursor);
  const search = previous.toString();
  return search === '' ? '?' : `?${search}`;
}

/** The operations list's filter, as its search parameters say. */
export interface OperationsFilterValue {
  readonly states: string[];
  /** YYYY-MM-DD */
  readonly from?: string;
  readonly to?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function operationsFilterOf(params: URLSearchParams, knownStates: readonly string[]): OperationsFilterValue {
  const states = params.getAll('state').filter((state) => knownStates.includes(state));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { states, ...(ISO_DATE.test(from) ? { from } : {}), ...(ISO_DATE.test(to) ? { to } : {}) };
}

/**
 * The search parameters for a filter typed in the form (back to the first page), or the problems: dates must
 * be real, and "to" not before "from".
 */
export function filterSearch(states: readonly string[], from: DateParts, to: DateParts): { search?: string; problems: Problem<'from' | 'to'>[] } {
  const problems: Problem<'from' | 'to'>[] = [];
  const fromDate = isoDateOf(from);
  const toDate = isoDateOf(to);
  if (fromDate === 'invalid') problems.push({ field: 'from', code: 'INVALID_DATE' });
  if (toDate === 'invalid') problems.push({ field: 'to', code: 'INVALID_DATE' });
  if (problems.length === 0 && fromDate !== 'empty' && toDate !== 'empty' && toDate < fromDate) problems.push({ field: 'to', code: 'TOO_EARLY' });
  if (problems.length > 0) return { problems };
  const params = new URLSearchParams();
  for (const state of states) params.append('state', state);
  if (fromDate !== 'empty' && fromDate !== 'invalid') params.set('from', fromDate);
  if (toDate !== 'empty' && toDate !== 'invalid') params.set('to', toDate);
  const search = params.toString();
  return { search: search === '' ? '?' : `?${search}`, problems };
}
