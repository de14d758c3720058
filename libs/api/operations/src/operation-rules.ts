import { DomainError } from '@liaise/api-core';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_ANSWERS_NEEDING_A_REASON,
  OPERATION_DETAILS_LIMITS,
  type ChecklistAnswer,
  type MediaDecision,
} from '@liaise/shared-domain';

/** Sizes the api accepts: the details' (shared with the web) and the checklist's. */
export const LIMITS = {
  ...OPERATION_DETAILS_LIMITS,
  reason: 1000,
  checklistTitleMin: 3,
  checklistTitleMax: 120,
  checklistHint: 500,
} as const;

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
      if (refusal !== null) throw bad(refusal.message, 'answers');
    }
    return { key, answer, reason: text === '' ? null : text };
  });
}
