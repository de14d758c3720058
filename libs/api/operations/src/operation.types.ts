import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CHECKLIST_ANSWERS,
  MEDIA_DECISIONS,
  OPERATION_ACTIONS,
  OPERATION_HISTORY_ACTIONS,
  OPERATION_STATES,
  OPERATION_TYPES,
  type ChecklistAnswer,
  type MediaDecision,
  type OperationAction,
  type OperationHistoryAction,
  type OperationState,
  type OperationType,
} from '@liaise/shared-domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [V in T]: V };

export const OperationTypeEnum = enumOf(OPERATION_TYPES);
registerEnumType(OperationTypeEnum, {
  name: 'OperationType',
  description: 'What kind of police activity an operation is.',
  valuesMap: {
    WARRANT: { description: 'Warrant' },
    PREMISES_VISIT: { description: 'Premises visit' },
    WELFARE_VISIT: { description: 'Welfare visit' },
    INTENSIFICATION: { description: 'Intensification activity' },
  },
});

export const OperationStateEnum = enumOf(OPERATION_STATES);
registerEnumType(OperationStateEnum, {
  name: 'OperationState',
  description: 'DRAFT → READY → PARTNERS_NOTIFIED → IN_PROGRESS → COMPLETED → FOLLOW_UP → CLOSED; CANCELLED from any state before COMPLETED.',
});

export const OperationActionEnum = enumOf(OPERATION_ACTIONS);
registerEnumType(OperationActionEnum, {
  name: 'OperationAction',
  description: 'A move in the operation’s lifecycle. NOTIFY_PARTNERS is taken by `notifyPartners`, which creates the invitations.',
});

export const OperationHistoryActionEnum = enumOf(OPERATION_HISTORY_ACTIONS);
registerEnumType(OperationHistoryActionEnum, {
  name: 'OperationHistoryAction',
  description: 'What an operation’s history records: a lifecycle move (as OperationAction), or RELEASE_DETAILS_EARLY, which moves nothing.',
});

export const MediaDecisionEnum = enumOf(MEDIA_DECISIONS);
registerEnumType(MediaDecisionEnum, {
  name: 'MediaDecision',
  description: 'No media; or media only by agreement of the safeguarding lead, with the reason.',
});

export const ChecklistAnswerEnum = enumOf(CHECKLIST_ANSWERS);
registerEnumType(ChecklistAnswerEnum, {
  name: 'ChecklistAnswer',
  description: 'MET; NOT_MET and NOT_APPLICABLE need a reason.',
});

@ObjectType('ChecklistItem', { description: 'One readiness checklist item of an operation, and its answer.' })
export class ChecklistItem {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  hint!: string;

  @Field(() => ChecklistAnswerEnum, { nullable: true, description: 'Null until answered.' })
  answer!: ChecklistAnswer | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  answeredByName!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@ObjectType('ChecklistItemDefinition', { description: 'An item asked of new operations: a built-in one or one the force added.' })
export class ChecklistItemDefinitionView {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  hint!: string;

  @Field(() => Boolean)
  builtIn!: boolean;
}

@ObjectType('OperationTransitionRecord', {
  description: 'One entry of an operation’s history, a lifecycle move or the early release of its details: who, when and why.',
})
export class OperationTransitionRecord {
  @Field(() => OperationHistoryActionEnum)
  action!: OperationHistoryAction;

  @Field(() => OperationStateEnum)
  fromState!: OperationState;

  @Field(() => OperationStateEnum)
  toState!: OperationState;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The display name of who moved it (null when no longer visible).' })
  byName!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('NamedOfficer', { description: 'One of the force’s people named to attend its operation.' })
export class NamedOfficerView {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'False: no current MSHT training — flagged before the day.' })
  mshtTrainingCurrent!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Null until the force records attendance.' })
  attended!: boolean | null;
}

@ObjectType('OfficerChoice', { description: 'An active person of the acting force who may be named to attend its operations.' })
export class OfficerChoiceView {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  mshtTrainingCurrent!: boolean;
}

@ObjectType('Operation', { description: 'Planned police activity at one or more premises: only ever returned to the owning force.' })
export class OperationView {
  @Field(() => ID)
  id!: string;

  /** The owning force (not a GraphQL field). */
  organisationId!: string;

  @Field(() => String, { description: 'The force’s own reference.' })
  reference!: string;

  @Field(() => OperationTypeEnum)
  type!: OperationType;

  @Field(() => OperationStateEnum)
  state!: OperationState;

  @Field(() => Date)
  plannedStart!: Date;

  /** The UK day of the start, YYYY-MM-DD (not a GraphQL field of Operation). */
  plannedDay!: string;

  @Field(() => Int)
  expectedDurationMinutes!: number;

  @Field(() => String, { description: 'District or postcode sector.' })
  generalArea!: string;

  @Field(() => [String])
  addresses!: string[];

  @Field(() => String, { nullable: true })
  briefingPoint!: string | null;

  @Field(() => Int)
  expectedPeople!: number;

  @Field(() => [String])
  expectedLanguages!: string[];

  @Field(() => Boolean)
  dependentsExpected!: boolean;

  @Field(() => String, { nullable: true })
  dependentsArrangements!: string | null;

  @Field(() => MediaDecisionEnum)
  mediaDecision!: MediaDecision;

  @Field(() => String, { nullable: true })
  mediaReason!: string | null;

  @Field(() => String)
  safeguardingLeadName!: string;

  @Field(() => String)
  safeguardingLeadRole!: string;

  @Field(() => Int)
  officersAttending!: number;

  @Field(() => Int)
  femaleOfficersAttending!: number;

  @Field(() => String, { nullable: true })
  noFemaleOfficersReason!: string | null;

  @Field(() => Boolean)
  interpreterArranged!: boolean;

  @Field(() => String, { description: 'Written for partners: never the raw intelligence.' })
  proportionalityStatement!: string;

  @Field(() => String, { nullable: true, description: 'Internal: the force only.' })
  intelligenceReference!: string | null;

  @Field(() => ID, { nullable: true })
  partnershipPlanId!: string | null;

  @Field(() => Date, { description: 'From when the named attendees of accepting partners see the addresses, start and briefing point.' })
  disclosureAt!: Date;

  @Field(() => Date, { nullable: true })
  releasedEarlyAt!: Date | null;

  @Field(() => String, { nullable: true })
  releaseReason!: string | null;

  @Field(() => Int, { nullable: true })
  officersAttended!: number | null;

  @Field(() => [NamedOfficerView], { description: 'The force’s own people named to attend, by name.' })
  namedOfficers!: NamedOfficerView[];

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => [OperationActionEnum], { description: 'The lifecycle moves open now (NOTIFY_PARTNERS through `notifyPartners`).' })
  availableActions!: OperationAction[];

  @Field(() => [ChecklistItem], { description: 'In position order.' })
  checklist!: ChecklistItem[];

  @Field(() => Boolean)
  checklistComplete!: boolean;

  @Field(() => [OperationTransitionRecord], { description: 'Oldest first.' })
  transitions!: OperationTransitionRecord[];
}

@ObjectType('OperationPage')
export class OperationPage {
  @Field(() => [OperationView])
  items!: OperationView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;

  @Field(() => Int, { description: 'How many operations match the filter, on every page.' })
  totalCount!: number;
}
