import type { TFunction } from 'i18next';

/** What was just done to a partnership, passed to the next page as its location's state for a success banner. */
export type PartnershipDone = 'proposed' | 'accept' | 'decline' | 'suspend' | 'resume' | 'end' | 'agreement';

export interface PartnershipDoneState {
  readonly partnershipDone: PartnershipDone;
  /** The project's name, for "proposed". */
  readonly project?: string;
}

export function doneMessage(state: unknown, t: TFunction<'partnerships'>): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { partnershipDone, project } = state as Partial<PartnershipDoneState>;
  if (partnershipDone === undefined) return undefined;
  if (partnershipDone === 'proposed') return t('propose.proposed', { project: project ?? '' });
  return t(`details.done.${partnershipDone}`);
}
