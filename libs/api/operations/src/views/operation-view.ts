import { availableOperationActions } from '@liaise/shared-domain';
import type { OperationChecklistAnswer } from '../checklist.entities.js';
import type { OperationTransition } from '../operation-transition.entity.js';
import type { Operation } from '../operation.entity.js';
import type { NamedOfficerView, OperationTransitionRecord, OperationView } from '../operation.types.js';

/** What an operation's view is made of besides its row: all of it already read, for any number of operations. */
export interface ViewParts {
  readonly checklist: readonly OperationChecklistAnswer[];
  readonly transitions: readonly OperationTransition[];
  readonly namedOfficers: readonly NamedOfficerView[];
  /** People's display names by id; someone not found shows as no one. */
  readonly names: ReadonlyMap<string, string>;
}

/** An operation as GraphQL shows it to its own force. */
export function operationView(row: Operation, { checklist: answers, transitions, namedOfficers, names }: ViewParts): OperationView {
  const nameOf = (userId: string | null) => (userId === null ? null : (names.get(userId) ?? null));
  const checklist = answers.map((answer) => ({
    key: answer.itemKey,
    title: answer.title,
    hint: answer.hint,
    answer: answer.answer,
    reason: answer.reason,
    answeredByName: nameOf(answer.answeredByUserId),
    answeredAt: answer.answeredAt,
  }));
  return {
    id: row.id,
    organisationId: row.organisationId,
    reference: row.reference,
    type: row.type,
    state: row.state,
    plannedStart: row.plannedStart,
    plannedDay: row.plannedDay,
    expectedDurationMinutes: row.expectedDurationMinutes,
    generalArea: row.generalArea,
    addresses: row.addresses,
    briefingPoint: row.briefingPoint,
    expectedPeople: row.expectedPeople,
    expectedLanguages: row.expectedLanguages,
    dependentsExpected: row.dependentsExpected,
    dependentsArrangements: row.dependentsArrangements,
    mediaDecision: row.mediaDecision,
    mediaReason: row.mediaReason,
    safeguardingLeadName: row.safeguardingLeadName,
    safeguardingLeadRole: row.safeguardingLeadRole,
    officersAttending: row.officersAttending,
    femaleOfficersAttending: row.femaleOfficersAttending,
    noFemaleOfficersReason: row.noFemaleOfficersReason,
    interpreterArranged: row.interpreterArranged,
    proportionalityStatement: row.proportionalityStatement,
    intelligenceReference: row.intelligenceReference,
    partnershipPlanId: row.partnershipPlanId,
    disclosureAt: row.disclosureAt,
    releasedEarlyAt: row.releasedEarlyAt,
    releaseReason: row.releaseReason,
    officersAttended: row.officersAttended,
    namedOfficers: [...namedOfficers],
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    availableActions: availableOperationActions(row.state),
    checklist,
    checklistComplete: checklist.every((item) => item.answer !== null),
    transitions: transitions.map(
      (transition): OperationTransitionRecord => ({
        action: transition.action,
        fromState: transition.fromState,
        toState: transition.toState,
        reason: transition.reason,
        byName: nameOf(transition.byUserId),
        at: transition.at,
      }),
    ),
  };
}

/** Items by a key, each group in the order given. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [item]);
    else list.push(item);
  }
  return groups;
}
