import { randomUUID } from 'node:crypto';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import { actingAuth } from './acting.js';
import { CreateOrganisationInput, UpdateMyOrganisationInput } from './organisation.inputs.js';
import { OrganisationDirectoryEntry, OrganisationType, PlatformOrganisation } from './organisation.types.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationType)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('organisation:read')
  @Query(() => OrganisationType, { description: "The signed-in person's organisation." })
  myOrganisation(@Context() context: GraphqlContext): Promise<OrganisationType> {
    return this.service.mine(this.tx.manager, actingAuth(context).organisationId);
  }

  @Allow('organisation:read')
  @Query(() => [OrganisationDirectoryEntry], {
    description:
      'The partner directory: active organisations of the other side (projects and agencies for a force, forces for a project), with directory details only.',
  })
  organisations(): Promise<OrganisationDirectoryEntry[]> {
    return this.service.directory(this.tx.manager);
  }

  @Allow('organisation:manage')
  @Mutation(() => OrganisationType, {
    description: "Changes the organisation's profile; refused with code STALE when it changed since `version`.",
  })
  updateMyOrganisation(@Args('input') input: UpdateMyOrganisationInput, @Context() context: GraphqlContext): Promise<OrganisationType> {
    return this.service.updateMine(this.tx.manager, actingAuth(context), input);
  }
}

/** The platform administrator's view: names, kinds and status of organisations, nothing of their data. */
@Resolver(() => PlatformOrganisation)
export class PlatformOrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly tx: TransactionHost,
  ) {}

  @Allow('organisation:create')
  @Query(() => [PlatformOrganisation], { description: 'Every organisation, for the platform administrator.' })
  organisationsForPlatform(): Promise<PlatformOrganisation[]> {
    return this.service.listForPlatform(this.tx.manager);
  }

  @Allow('organisation:create')
  @Mutation(() => PlatformOrganisation, { description: 'Creates a partner organisation (platform administrator).' })
  createOrganisation(@Args('input') input: CreateOrganisationInput, @Context() context: GraphqlContext): Promise<PlatformOrganisation> {
    return this.service.create(this.tx.manager, actingAuth(context), input, randomUUID());
  }

  @Allow('organisation:create')
  @Mutation(() => PlatformOrganisation, { description: 'Suspends an organisation: its people can no longer sign in.' })
  suspendOrganisation(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<PlatformOrganisation> {
    return this.service.setStatus(this.tx.manager, actingAuth(context), id, 'SUSPENDED');
  }

  @Allow('organisation:create')
  @Mutation(() => PlatformOrganisation, { description: 'Lets a suspended organisation sign in again.' })
  reactivateOrganisation(@Args('id', { type: () => ID }) id: string, @Context() context: GraphqlContext): Promise<PlatformOrganisation> {
    return this.service.setStatus(this.tx.manager, actingAuth(context), id, 'ACTIVE');
  }
}
