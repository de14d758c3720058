import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import type { RequestAuth } from '@liaise/api-core';
import type { AuditAction } from '@liaise/shared-domain';

/** The audit trail of the acting force's own operations and checklist items. Never an operation's reference or addresses. */
@Injectable()
export class OperationAudit {
  constructor(private readonly audit: AuditService) {}

  async record(
    manager: EntityManager,
    auth: RequestAuth,
    subject: { readonly type: 'operation' | 'checklist_item_definition'; readonly id: string },
    action: AuditAction,
    detail: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(manager, {
      organisationId: auth.organisationId,
      actorUserId: auth.userId,
      actorOrganisationId: auth.organisationId,
      action,
      subjectType: subject.type,
      subjectId: subject.id,
      detail,
    });
  }
}
