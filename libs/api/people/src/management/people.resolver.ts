import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RoleEnum } from '@liaise/api-auth';
import { Allow, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import type { Role } from '@liaise/shared-domain';
import { actorOf } from '../actor.js';
import { Person } from '../people.types.js';
import { PeopleService } from './people.service.js';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly service: PeopleService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('people:read')
  @Query(() => [Person], { description: "The people with an account in the signed-in person's organisation." })
  people(@Context() { req }: GraphqlContext): Promise<Person[]> {
    return this.service.list(this.tx.manager, actorOf(req).organisationId);
  }

  @Allow('people:read')
  @Query(() => [RoleEnum], { description: "The roles people in the signed-in person's organisation can have." })
  grantableRoles(@Context() { req }: GraphqlContext): Promise<Role[]> {
    return this.service.grantableRoles(this.tx.manager, actorOf(req).organisationId);
  }

  @Allow('people:manage')
  @Mutation(() => Person, { description: 'Gives someone in the organisation another role (not yourself).' })
  changeRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @Context() { req }: GraphqlContext,
  ): Promise<Person> {
    return this.service.changeRole(this.tx.manager, actorOf(req), userId, role);
  }

  @Allow('people:manage')
  @Mutation(() => Person, { description: 'Stops someone in the organisation signing in and ends their sessions (not yourself).' })
  disableUser(@Args('userId', { type: () => ID }) userId: string, @Context() { req }: GraphqlContext): Promise<Person> {
    return this.service.disable(this.tx.manager, actorOf(req), userId);
  }

  @Allow('people:manage')
  @Mutation(() => Person, { description: 'Lets a disabled person sign in again.' })
  enableUser(@Args('userId', { type: () => ID }) userId: string, @Context() { req }: GraphqlContext): Promise<Person> {
    return this.service.enable(this.tx.manager, actorOf(req), userId);
  }
}
