import type { TFunction } from 'i18next';
import { EDITABLE_OPERATION_STATES, type OperationAction, type OperationState } from '@liaise/shared-domain';
import { actionPath, attendancePath, namedOfficersPath, releasePath, stepPath } from '../paths.js';
import { toDate } from '@liaise/web-common';

/** Lifecycle moves taken with one button on the operation's page (the others need a reason or a form). */
const ONE_CLICK: readonly OperationAction[] = ['MARK_READY', 'START', 'COMPLETE', 'BEGIN_FOLLOW_UP', 'CLOSE'];

export interface NextStepLink {
  readonly href: string;
  readonly text: string;
}

export interface NextSteps {
  readonly buttons: readonly OperationAction[];
  readonly links: readonly NextStepLink[];
}

/** The operation as far as what can be done next depends on it. */
export interface NextStepsOperation {
  readonly id: string;
  readonly state: OperationState;
  readonly availableActions: readonly OperationAction[];
  readonly checklistComplete: boolean;
  readonly releasedEarlyAt?: unknown;
  readonly disclosureAt: unknown;
}

/**
 * What someone who manages operations can do next with this one: one-click moves as buttons, the rest as links
 * to their pages. Nothing for anyone else.
 */
export function nextSteps(operation: NextStepsOperation, mayManage: boolean, t: TFunction<'operations'>, now: Date = new Date()): NextSteps {
  if (!mayManage) return { buttons: [], links: [] };
  const { id, state, availableActions: actions } = operation;
  const links: NextStepLink[] = [];
  if (state === 'DRAFT' || state === 'READY') {
    links.push({ href: stepPath(id, operation.checklistComplete ? 'partners' : 'checklist'), text: actions.includes('NOTIFY_PARTNERS') ? t('actions.NOTIFY_PARTNERS') : t('operation.continuePlanning') });
  }
  if (state === 'PARTNERS_NOTIFIED') links.push({ href: stepPath(id, 'partners'), text: t('operation.inviteMore') });
  if (EDITABLE_OPERATION_STATES.includes(state)) {
    links.push({ href: stepPath(id, 'details'), text: t('operation.edit') });
    links.push({ href: namedOfficersPath(id), text: t('operation.nameOfficers') });
  }
  const releasable = (state === 'PARTNERS_NOTIFIED' || state === 'IN_PROGRESS') && (operation.releasedEarlyAt ?? null) === null && toDate(operation.disclosureAt).getTime() > now.getTime();
  if (releasable) links.push({ href: releasePath(id), text: t('operation.release') });
  if (state === 'COMPLETED' || state === 'FOLLOW_UP') links.push({ href: attendancePath(id), text: t('operation.attendance') });
  if (actions.includes('REOPEN')) links.push({ href: actionPath(id, 'reopen'), text: t('actions.REOPEN') });
  if (actions.includes('CANCEL')) links.push({ href: actionPath(id, 'cancel'), text: t('actions.CANCEL') });
  return { buttons: ONE_CLICK.filter((action) => actions.includes(action)), links };
}
