import type { TFunction } from 'i18next';
import { OPERATION_ACTIONS, type OperationAction } from '@liaise/shared-domain';

/** What was just done to an operation, passed to the next page as its location's state for a success banner. */
export type OperationDone = 'created' | 'saved' | 'checklistSaved' | 'released' | 'attendance' | 'officers' | 'withdrawn' | 'invited' | OperationAction;

export interface OperationDoneState {
  readonly operationDone: OperationDone;
  /** After cancelling: the partners the cancellation was sent to (those with open invitations). */
  readonly told?: readonly string[];
}

export function doneMessage(state: unknown, t: TFunction<'operations'>): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { operationDone, told } = state as Partial<OperationDoneState>;
  if (operationDone === undefined) return undefined;
  if (operationDone === 'CANCEL' && Array.isArray(told) && told.length > 0) return t('actionsDone.CANCEL_TOLD', { names: told, count: told.length });
  if ((OPERATION_ACTIONS as readonly string[]).includes(operationDone)) return t(`actionsDone.${operationDone}`);
  return t(`operation.done.${operationDone}`);
}
