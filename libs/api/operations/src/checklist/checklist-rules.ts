import { DomainError } from '@liaise/api-core';
import { CHECKLIST_ANSWERS, CHECKLIST_ANSWERS_NEEDING_A_REASON, type ChecklistAnswer, type MediaDecision } from '@liaise/shared-domain';
import { LIMITS } from '../limits.js';

const bad = (message: string, field: string) => new DomainError('BAD_USER_INPUT', message, field);

/** The details a built-in checklist item's MET answer depends on. */
export interface ChecklistFacts {
  readonly safeguardingLeadName: string;
  readonly dependentsExpected: boolean;
  readonly dependentsArrangements: string | null;
  readonly femaleOfficersAttending: number;
  readonly proportionalityStatement: string;
  readonly mediaDecision: MediaDecision;
  readonly mediaReason: string | null;
  /** How many of the force's officers named to attend have no current MSHT training (unknown: not checked). */
  readonly namedOfficersWithoutMshtTraining?: number;
}

const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

/**
 * Why a built-in item cannot be answered MET with these details, or null when it can (DOMAIN.md: the
 * safeguarding item cannot be ticked without a named lead and, with dependents expected, their arrangements;
 * everyone attending must have current MSHT training, so neither can the training item while a named
 * officer has none).
 */
export function metRefusal(key: string, facts: ChecklistFacts): { message: string; field: string } | null {
  switch (key) {
    case 'safeguarding':
      if (blank(facts.safeguardingLeadName)) return { message: 'Safeguarding cannot be met without a named safeguarding lead', field: 'safeguardingLeadName' };
      if (facts.dependentsExpected && blank(facts.dependentsArrangements)) {
        return { message: 'Safeguarding cannot be met while dependents are expected with no arrangements made for them', field: 'dependentsArrangements' };
      }
      return null;
    case 'female-officers':
      return facts.femaleOfficersAttending > 0
        ? null
        : { message: 'Female officers cannot be met when no female officers attend: answer not met, with the reason', field: 'femaleOfficersAttending' };
    case 'proportionality':
      return blank(facts.proportionalityStatement)
        ? { message: 'Proportionality cannot be met without a proportionality statement for partners', field: 'proportionalityStatement' }
        : null;
    case 'media':
      return facts.mediaDecision === 'BY_AGREEMENT' && blank(facts.mediaReason)
        ? { message: 'Media cannot be met: media by agreement needs the reason', field: 'mediaReason' }
        : null;
    case 'msht-training':
      return (facts.namedOfficersWithoutMshtTraining ?? 0) > 0
        ? { message: 'MSHT training cannot be met while an officer named to attend has no current MSHT training', field: 'namedOfficers' }
        : null;
    default:
      return null;
  }
}

export interface CheckedAnswer {
  readonly key: string;
  readonly answer: ChecklistAnswer;
  readonly reason: string | null;
}

/** Checks one batch of answers against the operation's own items; throws a DomainError naming the problem. */
export function checkChecklistAnswers(
  answers: readonly { key: string; answer: ChecklistAnswer; reason?: string | null }[],
  items: ReadonlyMap<string, { title: string }>,
  facts: ChecklistFacts,
): CheckedAnswer[] {
  if (!Array.isArray(answers) || answers.length === 0) throw bad('Answer at least one checklist item', 'answers');
  const seen = new Set<string>();
  return answers.map(({ key, answer, reason }) => {
    const item = typeof key === 'string' ? items.get(key) : undefined;
    if (item === undefined) throw bad(`This operation has no checklist item "${String(key).slice(0, 100)}"`, 'answers');
    if (seen.has(key)) throw bad(`“${item.title}” is answered twice`, 'answers');
    seen.add(key);
    if (!CHECKLIST_ANSWERS.includes(answer)) throw bad(`Choose met, not met or not applicable for “${item.title}”`, 'answers');
    const text = typeof reason === 'string' ? reason.trim() : '';
    if (text.length > LIMITS.reason) throw bad(`The reason for “${item.title}” must be ${LIMITS.reason} characters or fewer`, 'answers');
    if (CHECKLIST_ANSWERS_NEEDING_A_REASON.includes(answer) && text === '') {
      throw bad(`Enter the reason “${item.title}” is ${answer === 'NOT_MET' ? 'not met' : 'not applicable'}`, 'answers');
    }
    if (answer === 'MET') {
      const refusal = metRefusal(key, facts);
      // The item and the detail it rests on, so that a client words the refusal itself.
      if (refusal !== null) throw new DomainError('BAD_USER_INPUT', refusal.message, 'answers', { title: item.title, reason: refusal.field });
    }
    return { key, answer, reason: text === '' ? null : text };
  });
}

/** A force's own item as typed, tidied (the title's spaces closed up), or a refusal naming the field. */
export function checkChecklistItem(title: unknown, hint: unknown): { title: string; hint: string } {
  const cleanTitle = typeof title === 'string' ? title.trim().replace(/\s+/g, ' ') : '';
  if (cleanTitle === '') throw bad('Enter the title', 'title');
  if (cleanTitle.length < LIMITS.checklistTitleMin) throw bad(`Title must be at least ${LIMITS.checklistTitleMin} characters`, 'title');
  if (cleanTitle.length > LIMITS.checklistTitleMax) throw bad(`Title must be ${LIMITS.checklistTitleMax} characters or fewer`, 'title');
  const cleanHint = typeof hint === 'string' ? hint.trim() : '';
  if (cleanHint.length > LIMITS.checklistHint) throw bad(`Hint must be ${LIMITS.checklistHint} characters or fewer`, 'hint');
  return { title: cleanTitle, hint: cleanHint };
}

/** The refusal of an item whose title the force already asks. */
export const duplicateChecklistItem = (title: string) => bad(`There is already a checklist item called “${title}”`, 'title');

/**
 * An item answered MET stays true: refuses a change whose facts would no longer allow one, naming the item,
 * `which` (why not) and `then` (what to do), on `field` or else the detail the item rests on.
 */
export function checkMetAnswersHold(
  met: readonly { readonly itemKey: string; readonly title: string }[],
  facts: ChecklistFacts,
  say: { readonly which: string; readonly then: string; readonly field?: string },
): void {
  for (const item of met) {
    const refusal = metRefusal(item.itemKey, facts);
    if (refusal !== null) throw bad(`The checklist answers “${item.title}” as met, which ${say.which}: ${say.then}`, say.field ?? refusal.field);
  }
}
