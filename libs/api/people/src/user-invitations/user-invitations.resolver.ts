import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { cookiesAreSecure, sessionCookieName, sessionCookieOptions, SessionService, Viewer, ViewerLoader } from '@liaise/api-auth';
import { Allow, APP_CONFIG, Public, TransactionHost, type AppConfig, type GraphqlContext } from '@liaise/api-core';
import { actorOf } from '../actor.js';
import { UserInvitationPreview, UserInvitationView } from '../people.types.js';
import { AcceptUserInvitationInput, InviteOrganisationAdministratorInput, InviteUserInput } from './user-invitation.inputs.js';
import { UserInvitationsService } from './user-invitations.service.js';

@Resolver()
export class UserInvitationsResolver {
  private readonly secure: boolean;

  constructor(
    private readonly service: UserInvitationsService,
    private readonly sessions: SessionService,
    private readonly viewers: ViewerLoader,
    private readonly tx: TransactionHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secure = cookiesAreSecure(config);
  }

  @Allow('people:manage')
  @Mutation(() => UserInvitationView, { description: 'Invites an e-mail address to join the organisation with a role; the link is e-mailed.' })
  inviteUser(@Args('input') input: InviteUserInput, @Context() { req }: GraphqlContext): Promise<UserInvitationView> {
    return this.service.invite(this.tx.manager, actorOf(req), input);
  }

  @Allow('organisation:create')
  @Mutation(() => UserInvitationView, { description: 'Invites the first administrator of an organisation the platform set up.' })
  inviteOrganisationAdministrator(@Args('input') input: InviteOrganisationAdministratorInput, @Context() { req }: GraphqlContext): Promise<UserInvitationView> {
    return this.service.inviteOrganisationAdministrator(this.tx.manager, actorOf(req), input.organisationId, input.email);
  }

  @Allow('people:manage')
  @Mutation(() => Boolean, { description: 'Withdraws an invitation that has not been accepted; its link stops working.' })
  revokeUserInvitation(@Args('id', { type: () => ID }) id: string, @Context() { req }: GraphqlContext): Promise<boolean> {
    return this.service.revoke(this.tx.manager, actorOf(req), id);
  }

  @Allow('people:read')
  @Query(() => [UserInvitationView], { description: "The organisation's invitations not yet accepted or withdrawn, newest first." })
  userInvitations(@Context() { req }: GraphqlContext): Promise<UserInvitationView[]> {
    return this.service.pending(this.tx.manager, actorOf(req).organisationId);
  }

  @Public()
  @Query(() => UserInvitationPreview, { description: 'What an invitation link is for; an error says why a link does not work.' })
  userInvitation(@Args('token') token: string): Promise<UserInvitationPreview> {
    return this.service.preview(this.tx.manager, token);
  }

  @Public()
  @Mutation(() => Viewer, { description: 'Accepts an invitation: creates the account, signs in and sets the session cookie.' })
  async acceptUserInvitation(@Args('input') input: AcceptUserInvitationInput, @Context() { req, res }: GraphqlContext): Promise<Viewer> {
    if (req.auth !== undefined) await this.sessions.end(this.tx.manager, req.auth.sessionId, 'SIGNED_OUT');
    const joined = await this.service.accept(this.tx.manager, input, { userAgent: req.get('user-agent'), ip: req.ip });
    res.cookie(sessionCookieName(this.secure), joined.token, sessionCookieOptions(this.secure));
    return this.viewers.load(this.tx.manager, { userId: joined.userId, secondFactorDone: joined.secondFactorDone });
  }
}
