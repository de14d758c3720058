import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Clock, TransactionHost } from '@liaise/api-core';
import { AuditEntriesFilter, AuditEntryPage, AuditEntryType } from './audit-entry.types.js';
import { AuditEntriesService } from './audit-entries.service.js';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  constructor(
    private readonly entries: AuditEntriesService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  @Allow('audit:read')
  @Query(() => AuditEntryPage, { description: 'The acting organisation\'s audit trail, newest first.' })
  auditEntries(@Args('filter', { nullable: true }) filter?: AuditEntriesFilter): Promise<AuditEntryPage> {
    return this.entries.page(this.tx.manager, filter, this.clock.now());
  }
}
