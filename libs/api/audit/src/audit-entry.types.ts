import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { AUDIT_ACTION_PATTERN } from './audit.service.js';

@ObjectType('AuditPersonName', { description: 'Someone of the acting organisation whose id an audit entry’s detail holds.' })
export class AuditPersonName {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('AuditOperation', {
  description: 'An operation an audit entry is about or names by id in its detail, as the reader may see it: never an address or a time.',
})
export class AuditOperation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The force’s own reference: only for the force that planned it (partners never see it).' })
  reference!: string | null;

  @Field(() => String, { description: 'What kind of operation it is: an OperationType value.' })
  type!: string;

  @Field(() => String)
  generalArea!: string;
}

@ObjectType('AuditOrganisationName', { description: 'The reader’s organisation, or one it has a partnership with, named by id in an audit entry’s detail.' })
export class AuditOrganisationName {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('AuditEntry', { description: 'One entry of the organisation\'s audit trail: who read or changed what, and when.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Position in the organisation\'s hash chain.' })
  seq!: number;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  action!: string;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'The actor\'s name when they belong to this organisation.' })
  actorName!: string | null;

  @Field(() => Boolean, { description: 'True when the actor acted for another organisation (a partner).' })
  actorFromAnotherOrganisation!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The name of the other organisation the actor acted for (a partner), whose people this trail does not name; null otherwise.',
  })
  actorOrganisationName!: string | null;

  @Field(() => String, { nullable: true })
  subjectType!: string | null;

  @Field(() => String, { nullable: true })
  subjectId!: string | null;

  @Field(() => GraphQLJSONObject)
  detail!: Record<string, unknown>;

  @Field(() => [AuditPersonName], {
    description: 'The acting organisation’s people named by id in `detail`, so a reader sees names; anyone else’s id stays as it is.',
  })
  people!: AuditPersonName[];

  @Field(() => [AuditOperation], {
    description:
      'The operations the entry is about or names by id in `detail`, as the reader may see them: a force its own, a partner those it was invited to (without the reference). Any other id stays as it is.',
  })
  operations!: AuditOperation[];

  @Field(() => [AuditOrganisationName], {
    description: 'The reader’s organisation and those it has a partnership with, named by id in `detail`. Any other id stays as it is.',
  })
  organisations!: AuditOrganisationName[];
}

@ObjectType()
export class AuditEntryPage {
  @Field(() => [AuditEntryType])
  entries!: AuditEntryType[];

  @Field(() => Int, { nullable: true, description: 'Pass as `beforeSeq` for the next (older) page; null on the last page.' })
  nextBeforeSeq!: number | null;
}

@InputType()
export class AuditEntriesFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(AUDIT_ACTION_PATTERN, { message: 'Action must look like area.event, for example auth.sign-in' })
  action?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Person must be an id from the list' })
  actorUserId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'From must be a date' })
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate({ message: 'To must be a date' })
  to?: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  beforeSeq?: number;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Page size must be between 1 and 200' })
  @Max(200, { message: 'Page size must be between 1 and 200' })
  first?: number;
}
