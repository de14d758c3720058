import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import { actingAuth } from '@liaise/api-organisations';
import type { PartnershipStatus } from './partnership-rules.js';
import { ProposePartnershipInput, UpdatePartnershipAgreementInput } from './partnership.inputs.js';
import { PartnershipStatusEnum, PartnershipType } from './partnership.types.js';
import { PartnershipService } from './partnerships.service.js';

@Resolver(() => PartnershipType)
export class PartnershipsResolver {
  constructor(
    private readonly service: PartnershipService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('partnership:read')
  @Query(() => [PartnershipType], { description: "The acting organisation's partnerships, most recently changed first; optionally only those in `status`." })
  partnerships(
    @Context() context: GraphqlContext,
    @Args('status', { type: () => [PartnershipStatusEnum], nullable: true }) status?: PartnershipStatus[] | null,
  ): Promise<PartnershipType[]> {
    return this.service.list(this.tx.manager, actingAuth(context), status ?? undefined);
  }

  @Allow('partnership:read')
  @Query(() => PartnershipType, { description: 'One of the acting organisation’s partnerships.' })
  partnership(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<PartnershipType> {
    return this.service.get(this.tx.manager, actingAuth(context), id);
  }

  @Allow('partnership:propose')
  @Mutation(() => PartnershipType, { description: "A force's administrator proposes a partnership to a project from the directory." })
  proposePartnership(@Args('input') input: ProposePartnershipInput, @Context() context: GraphqlContext): Promise<PartnershipType> {
    return this.service.propose(this.tx.manager, actingAuth(context), input);
  }

  @Allow('partnership:respond')
  @Mutation(() => PartnershipType, { description: "The project's administrator accepts a proposed partnership, or declines it with a reason." })
  respondToPartnership(
    @Args('id', { type: () => ID }) id: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
    @Context() context: GraphqlContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<PartnershipType> {
    return this.service.respond(this.tx.manager, actingAuth(context), id, accept, reason);
  }

  @Allow('partnership:manage')
  @Mutation(() => PartnershipType, { description: 'Either side suspends an active partnership, with a reason: no new invitations until it is resumed.' })
  suspendPartnership(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Context() context: GraphqlContext,
  ): Promise<PartnershipType> {
    return this.service.transition(this.tx.manager, actingAuth(context), id, 'suspend', reason);
  }

  @Allow('partnership:manage')
  @Mutation(() => PartnershipType, { description: 'The side that suspended a partnership makes it active again.' })
  resumePartnership(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<PartnershipType> {
    return this.service.transition(this.tx.manager, actingAuth(context), id, 'resume', null);
  }

  @Allow('partnership:manage')
  @Mutation(() => PartnershipType, { description: 'Either side ends a partnership, with a reason (a force may withdraw its own proposal).' })
  endPartnership(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Context() context: GraphqlContext,
  ): Promise<PartnershipType> {
    return this.service.transition(this.tx.manager, actingAuth(context), id, 'end', reason);
  }

  @Allow('partnership:manage')
  @Mutation(() => PartnershipType, { description: "Changes an open partnership's agreement; refused with code STALE when it changed since `version`." })
  updatePartnershipAgreement(
    @Args('input') input: UpdatePartnershipAgreementInput,
    @Context() context: GraphqlContext,
  ): Promise<PartnershipType> {
    return this.service.updateAgreement(this.tx.manager, actingAuth(context), input);
  }
}
