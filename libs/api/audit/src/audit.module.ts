import { Module } from '@nestjs/common';
import { AuditEntriesService } from './audit-entries.service.js';
import { AuditSubjectsRepository } from './audit-subjects.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/**
 * Provides AuditService; it uses whichever EntityManager its callers hand it, so it imports nothing. Reading
 * the trail names people through `PersonNames`, which the accounts provide to the whole application.
 */
@Module({
  providers: [AuditService, AuditEntriesService, AuditSubjectsRepository, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
