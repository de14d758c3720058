import { Args, Field, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Allow, Clock, TransactionHost } from '@liaise/api-core';
import { AUDIT_ACTION_PATTERN, AuditService } from './audit.service.js';
import { idsIn } from './detail-ids.js';

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

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  @Allow('audit:read')
  @Query(() => AuditEntryPage, { description: 'The acting organisation\'s audit trail, newest first.' })
  async auditEntries(@Args('filter', { nullable: true }) filter?: AuditEntriesFilter): Promise<AuditEntryPage> {
    const limit = filter?.first ?? 50;
    const rows = await this.audit.list(this.tx.manager, {
      action: filter?.action,
      actorUserId: filter?.actorUserId,
      from: filter?.from,
      to: filter?.to,
      beforeSeq: filter?.beforeSeq,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const detailIds = page.map((row) => idsIn(row.detail));
    const userIds = [...new Set([...page.map((row) => row.actorUserId).filter((id): id is string => id !== null), ...detailIds.flat()])];
    // Row-level security shows only this organisation's people: partners stay anonymous here.
    const names: { id: string; display_name: string }[] = userIds.length
      ? await this.tx.manager.query('select id, display_name from user_account where id = any($1::uuid[])', [userIds])
      : [];
    const nameOf = new Map(names.map((row) => [row.id, row.display_name]));
    const otherOrganisation = (row: (typeof page)[number]) =>
      row.actorOrganisationId !== null && row.actorOrganisationId !== row.organisationId ? row.actorOrganisationId : null;
    const organisationIds = [...new Set(page.map(otherOrganisation).filter((id): id is string => id !== null))];
    // Only organisations that acted on this trail are named; their people stay anonymous.
    const organisations: { id: string; name: string }[] = organisationIds.length
      ? await this.tx.manager.query('select id, name from public.audit_actor_organisations($1::uuid[])', [organisationIds])
      : [];
    const organisationNameOf = new Map(organisations.map((row) => [row.id, row.name]));
    const operationIdsOf = page.map((row, index) => [...new Set([...(row.subjectType === 'operation' && row.subjectId !== null ? [row.subjectId.toLowerCase()] : []), ...(detailIds[index] ?? [])])]);
    const candidates = [...new Set(operationIdsOf.flat())];
    const operationOf = await this.operations(candidates);
    const organisationOf = await this.organisations(candidates);
    return {
      entries: page.map((row, index) => ({
        id: row.id,
        seq: row.seq,
        occurredAt: row.occurredAt,
        action: row.action,
        actorUserId: row.actorUserId,
        actorName: row.actorUserId ? (nameOf.get(row.actorUserId) ?? null) : null,
        actorFromAnotherOrganisation: otherOrganisation(row) !== null,
        actorOrganisationName: organisationNameOf.get(otherOrganisation(row) ?? '') ?? null,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        detail: row.detail,
        people: (detailIds[index] ?? []).flatMap((id) => {
          const name = nameOf.get(id);
          return name === undefined ? [] : [{ id, name }];
        }),
        operations: (operationIdsOf[index] ?? []).flatMap((id) => {
          const operation = operationOf.get(id);
          return operation === undefined ? [] : [operation];
        }),
        organisations: (detailIds[index] ?? []).flatMap((id) => {
          const name = organisationOf.get(id);
          return name === undefined ? [] : [{ id, name }];
        }),
      })),
      nextBeforeSeq: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
    };
  }

  /**
   * The operations among `ids` the acting organisation may see, read the way its other pages read them:
   * the partner columns through `invited_operations` (a force's own, or those its organisation was invited
   * to), and the reference straight from `operation`, whose row-level security shows a force only its own.
   */
  private async operations(ids: readonly string[]): Promise<Map<string, AuditOperation>> {
    if (ids.length === 0) return new Map();
    const visible: { id: string; type: string; general_area: string }[] = await this.tx.manager.query(
      'select id, type::text as type, general_area from invited_operations($1::uuid[], $2::timestamptz)',
      [ids, this.clock.now()],
    );
    if (visible.length === 0) return new Map();
    const own: { id: string; reference: string }[] = await this.tx.manager.query(
      `select id, reference from operation where id = any($1::uuid[]) and organisation_id = NULLIF(current_setting('app.org_id', true), '')::uuid`,
      [visible.map((row) => row.id)],
    );
    const referenceOf = new Map(own.map((row) => [row.id, row.reference]));
    return new Map(visible.map((row) => [row.id, { id: row.id, reference: referenceOf.get(row.id) ?? null, type: row.type, generalArea: row.general_area }]));
  }

  /** Names of the organisations among `ids` that are the acting one or have a partnership with it. */
  private async organisations(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.tx.manager.query(
      `select id, name from organisation where id = any($1::uuid[]) and id = NULLIF(current_setting('app.org_id', true), '')::uuid
       union select id, name from partnership_organisations($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
