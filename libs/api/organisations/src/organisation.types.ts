import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ALL_ORGANISATION_KINDS, type AnyOrganisationKind } from '@liaise/shared-domain';
import { ORGANISATION_STATUSES, type OrganisationStatus } from './organisation.entity.js';

export const OrganisationKindEnum = Object.fromEntries(ALL_ORGANISATION_KINDS.map((kind) => [kind, kind])) as {
  [K in AnyOrganisationKind]: K;
};
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'Police force, sex work project, MSHT project, other agency, or the platform itself.',
});

export const OrganisationStatusEnum = Object.fromEntries(ORGANISATION_STATUSES.map((status) => [status, status])) as {
  [S in OrganisationStatus]: S;
};
registerEnumType(OrganisationStatusEnum, {
  name: 'OrganisationStatus',
  description: 'A suspended organisation cannot sign in and is left out of the partner directory.',
});

@ObjectType('Organisation', { description: "The signed-in person's own organisation, as its people see it." })
export class OrganisationType {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: AnyOrganisationKind;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationStatusEnum)
  status!: OrganisationStatus;

  @Field(() => [String])
  areasServed!: string[];

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;

  @Field(() => [String])
  languagesOffered!: string[];

  @Field(() => Int, { description: 'Send it back with an update: a save based on an older version is refused.' })
  version!: number;
}

@ObjectType({
  description: 'An organisation in the partner directory: only what is needed to choose a partner, never its people or data.',
})
export class OrganisationDirectoryEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: AnyOrganisationKind;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  areasServed!: string[];

  @Field(() => [String])
  languagesOffered!: string[];
}

@ObjectType({ description: "An organisation as the platform administrator sees it: its name, kind and status, nothing of its data." })
export class PlatformOrganisation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationKindEnum)
  kind!: AnyOrganisationKind;

  @Field(() => String)
  name!: string;

  @Field(() => OrganisationStatusEnum)
  status!: OrganisationStatus;

  @Field(() => Date)
  createdAt!: Date;
}
