import { DomainError } from '@liaise/api-core';
import { isIsoDate, OPERATION_STATES, type OperationState } from '@liaise/shared-domain';
import type { OperationsFilterSql } from '../data/operation.repository.js';
import { decodeOperationsCursor, type OperationsCursor } from './operations-cursor.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The list's filter as a client gives it. */
export interface OperationsFilterValues {
  readonly states?: readonly OperationState[] | null;
  /** YYYY-MM-DD, on `plannedDay`. */
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface OperationsQuery {
  readonly size: number;
  readonly filter: OperationsFilterSql;
  readonly cursor: OperationsCursor | null;
}

const bad = (message: string, field: string) => new DomainError('BAD_USER_INPUT', message, field);

/** Checks what a client asks of the operations list; a refusal names the argument at fault. */
export function checkOperationsQuery(
  filter: OperationsFilterValues | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): OperationsQuery {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw bad(`Ask for between 1 and ${MAX_PAGE_SIZE} operations at a time`, 'first');
  const states = filter?.states ?? [];
  if (states.some((state) => !OPERATION_STATES.includes(state))) throw bad('Choose states from the list', 'filter.states');
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from !== null && !isIsoDate(from)) throw bad('From date must be a real date', 'filter.from');
  if (to !== null && !isIsoDate(to)) throw bad('To date must be a real date', 'filter.to');
  if (from !== null && to !== null && to < from) throw bad('To date must be the same as or after the from date', 'filter.to');
  const cursor = after === null || after === undefined || after === '' ? null : decodeOperationsCursor(after);
  return { size, filter: { states, from, to }, cursor };
}
