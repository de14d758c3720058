import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MediaDecisionEnum, OperationStateEnum, OperationTypeEnum } from '@liaise/api-operations';
import { INVITATION_ACTIONS, INVITATION_STATUSES, type InvitationAction, type InvitationStatus, type MediaDecision, type OperationState, type OperationType } from '@liaise/shared-domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [V in T]: V };

export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
registerEnumType(InvitationStatusEnum, {
  name: 'InvitationStatus',
  description: 'PENDING until the partner answers (ACCEPTED or DECLINED) or the respond-by time passes (EXPIRED); WITHDRAWN by the force, ACCEPTANCE_WITHDRAWN by the partner, CANCELLED with its operation.',
});

export const InvitationActionEnum = enumOf(INVITATION_ACTIONS);
registerEnumType(InvitationActionEnum, {
  name: 'InvitationAction',
  description: 'What the acting side may do with an invitation now: the partner accepts, declines or withdraws its acceptance; the force withdraws.',
});

@ObjectType('OperationDisclosure', { description: 'The exact place and time: for named attendees of accepting partners, from the disclosure time.' })
export class OperationDisclosure {
  @Field(() => Date)
  plannedStart!: Date;

  @Field(() => [String])
  addresses!: string[];

  @Field(() => String, { nullable: true })
  briefingPoint!: string | null;
}

@ObjectType('InvitedOperation', { description: 'What an invited partner may see of an operation to decide whether to attend.' })
export class InvitedOperation {
  @Field(() => ID)
  id!: string;

  /** The owning force (not a GraphQL field). */
  forceOrganisationId!: string;

  @Field(() => OperationTypeEnum)
  type!: OperationType;

  @Field(() => OperationStateEnum, {
    description: 'The live state while the partner’s invitation is open (or was cancelled with the operation); once declined, withdrawn or expired, the state it was in then.',
  })
  state!: OperationState;

  @Field(() => String, { description: 'The UK day of the start, YYYY-MM-DD (not the time).' })
  plannedDay!: string;

  @Field(() => Int)
  expectedDurationMinutes!: number;

  @Field(() => String, { description: 'District or postcode sector.' })
  generalArea!: string;

  @Field(() => Int)
  expectedPeople!: number;

  @Field(() => [String])
  expectedLanguages!: string[];

  @Field(() => Boolean)
  dependentsExpected!: boolean;

  @Field(() => String, { description: 'Written for partners by the force.' })
  proportionalityStatement!: string;

  @Field(() => MediaDecisionEnum)
  mediaDecision!: MediaDecision;

  @Field(() => String, { nullable: true })
  mediaReason!: string | null;

  @Field(() => String)
  safeguardingLeadRole!: string;
}

@ObjectType('Attendee', { description: 'Someone a partner named to attend an operation.' })
export class Attendee {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => Boolean, { description: 'Holds current modern slavery and human trafficking training today.' })
  mshtTrainingCurrent!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Null until attendance is recorded after the operation.' })
  attended!: boolean | null;
}

@ObjectType('Colleague', { description: 'One of the acting organisation’s active people, who may be named to attend.' })
export class Colleague {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  mshtTrainingCurrent!: boolean;
}

/** The domain's invitation (joining an organisation is a `UserInvitation`). */
@ObjectType('Invitation', { description: 'One partner organisation asked to attend one operation. Seen by the force and the partner only.' })
export class InvitationView {
  @Field(() => ID)
  id!: string;

  @Field(() => InvitationStatusEnum, { description: 'An unanswered invitation past its respond-by time is EXPIRED.' })
  status!: InvitationStatus;

  @Field(() => Date)
  respondBy!: Date;

  @Field(() => String, { nullable: true, description: 'Why it was declined or withdrawn.' })
  reason!: string | null;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Int)
  version!: number;

  /** The owning force (not a GraphQL field). */
  forceOrganisationId!: string;

  @Field(() => String)
  forceName!: string;

  @Field(() => String)
  partnerName!: string;

  @Field(() => ID)
  partnerOrganisationId!: string;

  @Field(() => InvitedOperation)
  operation!: InvitedOperation;

  @Field(() => [Attendee])
  attendees!: Attendee[];

  @Field(() => [InvitationActionEnum], { description: 'What the acting side may do now.' })
  availableActions!: InvitationAction[];
}

@ObjectType('InvitationPage')
export class InvitationPage {
  @Field(() => [InvitationView])
  items!: InvitationView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  nextCursor!: string | null;

  @Field(() => Int, { description: 'How many invitations match, on every page.' })
  totalCount!: number;
}
