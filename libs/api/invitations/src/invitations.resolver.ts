import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Allow, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import { OperationView } from '@liaise/api-operations';
import { actingAuth } from '@liaise/api-organisations';
import type { InvitationStatus } from '@liaise/shared-domain';
import { AttendanceInput, InvitePartnerInput } from './invitation.inputs.js';
import { Colleague, InvitationPage, InvitationStatusEnum, InvitationView, InvitedOperation, OperationDisclosure } from './invitation.types.js';
import { DisclosureService } from './disclosure/disclosure.service.js';
import { markRevealed } from './disclosure/reveal-guard.plugin.js';
import { ForceSideService } from './force-side/force-side.service.js';
import { PartnerAnswersService } from './partner-answers/partner-answers.service.js';
import { InvitationViews } from './views/invitation-views.service.js';

@Resolver(() => InvitationView)
export class InvitationsResolver {
  constructor(
    private readonly views: InvitationViews,
    private readonly force: ForceSideService,
    private readonly partner: PartnerAnswersService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('invitation:read')
  @Query(() => InvitationPage, {
    name: 'invitations',
    description: "The acting partner organisation's invitations to operations, newest first; optionally only those in `statuses`.",
  })
  invitations(
    @Context() context: GraphqlContext,
    @Args('statuses', { type: () => [InvitationStatusEnum], nullable: true }) statuses?: InvitationStatus[] | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<InvitationPage> {
    return this.views.inbox(this.tx.manager, actingAuth(context), statuses, first, after);
  }

  @Allow('invitation:read')
  @Query(() => InvitationView, { name: 'invitation', description: 'One invitation to an operation, to the force or the partner it is between.' })
  invitation(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<InvitationView> {
    return this.views.get(this.tx.manager, actingAuth(context), id);
  }

  @Allow('invitation:respond')
  @Query(() => [Colleague], { description: "The invited partner's active people, who may be named to attend, with their MSHT training." })
  invitationColleagues(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<Colleague[]> {
    return this.partner.colleagues(this.tx.manager, actingAuth(context), id);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, {
    description: 'Invites partners in active partnerships to a READY operation, which moves to PARTNERS_NOTIFIED. Refused with code STALE when it changed since `version`.',
  })
  notifyPartners(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('invitations', { type: () => [InvitePartnerInput] }) invitations: InvitePartnerInput[],
    @Context() context: GraphqlContext,
  ): Promise<OperationView> {
    return this.force.notifyPartners(this.tx.manager, actingAuth(context), id, version, invitations);
  }

  @Allow('operation:manage')
  @Mutation(() => InvitationView, { description: 'Invites one more partner to an operation whose partners have been notified.' })
  invitePartner(
    @Args('id', { type: () => ID, description: 'The operation.' }) id: string,
    @Args('invitation', { type: () => InvitePartnerInput }) invitation: InvitePartnerInput,
    @Context() context: GraphqlContext,
  ): Promise<InvitationView> {
    return this.force.invitePartner(this.tx.manager, actingAuth(context), id, invitation);
  }

  @Allow('operation:manage')
  @Mutation(() => InvitationView, { description: 'The force withdraws a pending or accepted invitation, with a reason.' })
  withdrawInvitation(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Context() context: GraphqlContext,
  ): Promise<InvitationView> {
    return this.force.withdraw(this.tx.manager, actingAuth(context), id, reason);
  }

  @Allow('invitation:respond')
  @Mutation(() => InvitationView, {
    name: 'acceptInvitation',
    description: 'The partner accepts, naming which of its people will attend. Refused with code STALE when it changed since `version`.',
  })
  acceptInvitation(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('attendeeUserIds', { type: () => [ID] }) attendeeUserIds: string[],
    @Context() context: GraphqlContext,
  ): Promise<InvitationView> {
    return this.partner.accept(this.tx.manager, actingAuth(context), id, version, attendeeUserIds);
  }

  @Allow('invitation:respond')
  @Mutation(() => InvitationView, { description: 'The partner declines, with a reason.' })
  declineInvitation(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('reason', { type: () => String }) reason: string,
    @Context() context: GraphqlContext,
  ): Promise<InvitationView> {
    return this.partner.decline(this.tx.manager, actingAuth(context), id, version, reason);
  }

  @Allow('invitation:respond')
  @Mutation(() => InvitationView, { description: 'The partner withdraws its acceptance, with a reason; its named attendees are removed.' })
  withdrawAcceptance(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Context() context: GraphqlContext,
  ): Promise<InvitationView> {
    return this.partner.withdrawAcceptance(this.tx.manager, actingAuth(context), id, reason);
  }

  @Allow('operation:manage')
  @Mutation(() => OperationView, { description: "The force records which of the partners' named attendees attended a completed operation." })
  recordAttendance(
    @Args('id', { type: () => ID, description: 'The operation.' }) id: string,
    @Args('attendance', { type: () => [AttendanceInput] }) attendance: AttendanceInput[],
    @Context() context: GraphqlContext,
  ): Promise<OperationView> {
    return this.force.recordAttendance(this.tx.manager, actingAuth(context), id, attendance);
  }
}

@Resolver(() => InvitedOperation)
export class InvitedOperationResolver {
  constructor(
    private readonly service: DisclosureService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('invitation:read')
  @ResolveField('disclosure', () => OperationDisclosure, {
    nullable: true,
    description: 'The exact addresses, start time and briefing point: only for a named attendee of an accepting partner, from the disclosure time. Each reveal is audited.',
  })
  async disclosure(@Parent() operation: InvitedOperation, @Context() context: GraphqlContext): Promise<OperationDisclosure | null> {
    const disclosure = await this.service.disclosure(this.tx.manager, actingAuth(context), operation);
    if (disclosure !== null) markRevealed(context);
    return disclosure;
  }
}

/** One loader per request: the invitations of every operation in a page, in one set of queries. */
const LOADERS = new WeakMap<object, DataLoader<string, InvitationView[]>>();

@Resolver(() => OperationView)
export class OperationInvitationsResolver {
  constructor(
    private readonly views: InvitationViews,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('operation:read')
  @ResolveField('invitations', () => [InvitationView], { description: 'The partners invited, oldest invitation first.' })
  invitations(@Parent() operation: OperationView, @Context() context: GraphqlContext): Promise<InvitationView[]> {
    let loader = LOADERS.get(context.req);
    if (loader === undefined) {
      const auth = actingAuth(context);
      const manager = this.tx.manager;
      loader = new DataLoader<string, InvitationView[]>(
        async (ids) => {
          const byOperation = await this.views.forOperations(manager, auth, ids);
          return ids.map((id) => byOperation.get(id) ?? []);
        },
        { cache: false },
      );
      LOADERS.set(context.req, loader);
    }
    return loader.load(operation.id);
  }
}
