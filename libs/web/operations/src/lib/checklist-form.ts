import { CHECKLIST_ANSWERS_NEEDING_A_REASON, type ChecklistAnswer, type Problem } from '@liaise/shared-domain';

/** One checklist item's answer as chosen. */
export interface ChecklistChoice {
  readonly answer: ChecklistAnswer | '';
  readonly reason: string;
}

/** An item as the api gives it. */
export interface ChecklistItemLike {
  readonly key: string;
  readonly title: string;
  readonly answer?: ChecklistAnswer | null;
  readonly reason?: string | null;
}

export type ChecklistForm = Readonly<Record<string, ChecklistChoice>>;

/** The choices for items the api gave: their answers so far. */
export function checklistFormOf(items: readonly ChecklistItemLike[]): ChecklistForm {
  return Object.fromEntries(items.map((item) => [item.key, { answer: item.answer ?? '', reason: item.reason ?? '' }]));
}

/** The radios' id of an item (the first radio's), and its reason's. */
export const answerId = (key: string) => `answer-${key}`;
export const reasonId = (key: string) => `reason-${key}`;

export interface ChecklistAnswerInputLike {
  readonly key: string;
  readonly answer: ChecklistAnswer;
  readonly reason: string | null;
}

/**
 * The answers to save: every item answered (unanswered ones are left for later: partners cannot be notified
 * until all are). Not met and not applicable need a reason; with `requireAll`, every item needs an answer.
 */
export function checkChecklist(
  items: readonly ChecklistItemLike[],
  form: ChecklistForm,
  { requireAll = false }: { requireAll?: boolean } = {},
): { problems: Problem[]; answers: ChecklistAnswerInputLike[] } {
  const problems: Problem[] = [];
  const answers: ChecklistAnswerInputLike[] = [];
  for (const item of items) {
    const choice = form[item.key] ?? { answer: '', reason: '' };
    if (choice.answer === '') {
      if (requireAll) problems.push({ field: answerId(item.key), code: 'REQUIRED', params: { title: item.title } });
      continue;
    }
    const needsReason = CHECKLIST_ANSWERS_NEEDING_A_REASON.includes(choice.answer);
    if (needsReason && choice.reason.trim() === '') {
      problems.push({ field: reasonId(item.key), code: 'REASON_REQUIRED', params: { title: item.title } });
      continue;
    }
    answers.push({ key: item.key, answer: choice.answer, reason: needsReason ? choice.reason.trim() : choice.reason.trim() === '' ? null : choice.reason.trim() });
  }
  return { problems, answers };
}

/** How many items the form answers fully: an answer, with its reason where one is needed. */
export function answeredCount(items: readonly ChecklistItemLike[], form: ChecklistForm): number {
  return items.filter((item) => {
    const choice = form[item.key];
    if (choice === undefined || choice.answer === '') return false;
    return !CHECKLIST_ANSWERS_NEEDING_A_REASON.includes(choice.answer) || choice.reason.trim() !== '';
  }).length;
}
