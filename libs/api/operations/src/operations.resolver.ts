import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import { actingAuth } from '@liaise/api-organisations';
import type { OperationAction } from '@liaise/shared-domain';
import { ChecklistAnswerInput, OperationDetailsInput, OperationsFilter } from './operation.inputs.js';
import { ChecklistItemDefinitionView, OfficerChoiceView, OperationActionEnum, OperationPage, OperationView } from './operation.types.js';
import { ChecklistItemsService } from './checklist/checklist-items.service.js';
import { ChecklistService } from './checklist/checklist.service.js';
import { OperationDetailsService } from './details/operation-details.service.js';
import { NamedOfficersService } from './officers/named-officers.service.js';
import { OperationsService } from './operations.service.js';
import { OperationViews } from './views/operation-views.service.js';
import { DEFAULT_PAGE_SIZE } from './views/operations-query.js';

@Resolver(() => OperationView)
export class OperationsResolver {
  constructor(
    private readonly views: OperationViews,
    private readonly details: OperationDetailsService,
    private readonly checklist: ChecklistService,
    private readonly checklistItems: ChecklistItemsService,
    private readonly lifecycle: OperationsService,
    private readonly officers: NamedOfficersService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('operation:read')
  @Query(() => OperationPage, { description: "The acting force's operations: today's and later ones first, soonest at the top, then earlier ones, latest first. `after` is the previous page's `nextCursor`." })
  operations(
    @Context() context: GraphqlContext,
    @Args('filter', { type: () => OperationsFilter, nullable: true }) filter?: OperationsFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<OperationPage> {
    return this.views.list(this.tx.manager, actingAuth(context), filter, first, after);
  }

  @Allow('operation:read')
  @Query(() => OperationView, { description: "One of the acting force's operations." })
  operation(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<OperationView> {
    return this.views.view(this.tx.manager, actingAuth(context), id);
  }

  @Allow('operation:read')
  @Query(() => [ChecklistItemDefinitionView], { description: 'The readiness checklist new operations are asked: the built-in items, then the force’s own.' })
  checklistItemDefinitions(@Context() context: GraphqlContext): Promise<ChecklistItemDefinitionView[]> {
    return this.checklistItems.checklistDefinitions(this.tx.manager, actingAuth(context));
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, { description: 'A liaison officer plans an operation: it starts as a DRAFT with the force’s checklist.' })
  createOperation(@Args('input') input: OperationDetailsInput, @Context() context: GraphqlContext): Promise<OperationView> {
    return this.details.create(this.tx.manager, actingAuth(context), input);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, { description: 'Changes an operation that has not started; refused with code STALE when it changed since `version`.' })
  updateOperation(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: OperationDetailsInput,
    @Context() context: GraphqlContext,
  ): Promise<OperationView> {
    return this.details.update(this.tx.manager, actingAuth(context), id, version, input);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, { description: 'Answers checklist items (DRAFT or READY); NOT_MET and NOT_APPLICABLE need a reason.' })
  answerChecklist(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('answers', { type: () => [ChecklistAnswerInput] }) answers: ChecklistAnswerInput[],
    @Context() context: GraphqlContext,
  ): Promise<OperationView> {
    return this.checklist.answerChecklist(this.tx.manager, actingAuth(context), id, version, answers);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, { description: 'A lifecycle move (not NOTIFY_PARTNERS: `notifyPartners`); CANCEL and REOPEN need a reason.' })
  transitionOperation(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('action', { type: () => OperationActionEnum }) action: OperationAction,
    @Context() context: GraphqlContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<OperationView> {
    return this.lifecycle.transition(this.tx.manager, actingAuth(context), id, version, action, reason);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, { description: 'Shows the disclosed details to accepting partners’ named attendees now, with a reason.' })
  releaseDetailsEarly(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String }) reason: string,
    @Context() context: GraphqlContext,
  ): Promise<OperationView> {
    return this.lifecycle.releaseDetailsEarly(this.tx.manager, actingAuth(context), id, version, reason);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, {
    description:
      'Records how many of the force’s officers attended (COMPLETED or FOLLOW_UP) and, when `attendedOfficerIds` is given, which of its named officers did (the rest did not).',
  })
  recordForceAttendance(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('officersAttended', { type: () => Int }) officersAttended: number,
    @Context() context: GraphqlContext,
    @Args('attendedOfficerIds', { type: () => [ID], nullable: true }) attendedOfficerIds?: string[] | null,
  ): Promise<OperationView> {
    return this.officers.recordForceAttendance(this.tx.manager, actingAuth(context), id, version, officersAttended, attendedOfficerIds);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, {
    description: 'Names exactly these of the force’s active people to attend, before the operation starts: no more than its officers attending.',
  })
  nameOfficers(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
    @Context() context: GraphqlContext,
  ): Promise<OperationView> {
    return this.officers.nameOfficers(this.tx.manager, actingAuth(context), id, version, userIds);
  }

  @Allow('operation:manage')
  @Query(() => [OfficerChoiceView], { description: 'The acting force’s active people who may be named to attend its operations, by name.' })
  officerChoices(@Context() context: GraphqlContext): Promise<OfficerChoiceView[]> {
    return this.officers.officerChoices(this.tx.manager, actingAuth(context));
  }

  @Allow('operation:checklist-items')
  @Mutation(() => ChecklistItemDefinitionView, { description: 'A force administrator adds an item asked of operations created from now on.' })
  addChecklistItemDefinition(
    @Args('title', { type: () => String }) title: string,
    @Args('hint', { type: () => String }) hint: string,
    @Context() context: GraphqlContext,
  ): Promise<ChecklistItemDefinitionView> {
    return this.checklistItems.addChecklistDefinition(this.tx.manager, actingAuth(context), title, hint);
  }

  @Allow('operation:checklist-items')
  @Mutation(() => ChecklistItemDefinitionView, { description: 'Stops asking new operations one of the force’s own items; existing answers stay.' })
  retireChecklistItemDefinition(@Args('key', { type: () => String }) key: string, @Context() context: GraphqlContext): Promise<ChecklistItemDefinitionView> {
    return this.checklistItems.retireChecklistDefinition(this.tx.manager, actingAuth(context), key);
  }
}
