import type { TFunction } from 'i18next';

/** What was just done, passed to the next page as its location's state for a success banner. */
export interface TrainingDoneState {
  readonly trainingDone: 'added' | 'changed' | 'removed';
}

export function doneMessage(state: unknown, t: TFunction<'training'>): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const done = (state as Partial<TrainingDoneState>).trainingDone;
  if (done === 'added') return t('form.added');
  if (done === 'changed') return t('form.changed');
  if (done === 'removed') return t('remove.removed');
  return undefined;
}
