import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditEntriesFilter, AuditEntryPage } from './audit-entry.types.js';
import { AuditSubjectsRepository } from './audit-subjects.repository.js';
import { AuditService, type AuditEntry } from './audit.service.js';
import { idsIn } from './detail-ids.js';
import { PersonNames } from './person-names.js';

const DEFAULT_PAGE_SIZE = 50;

/** The organisation that acted on `entry` when it is not the trail's own (a partner), else null. */
const otherOrganisation = (entry: AuditEntry) =>
  entry.actorOrganisationId !== null && entry.actorOrganisationId !== entry.organisationId ? entry.actorOrganisationId : null;

const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

/**
 * A page of the acting organisation's audit trail, newest first, each entry with the names of what it
 * names by id, as far as the reader may see them: anyone else's id stays as it is.
 */
@Injectable()
export class AuditEntriesService {
  constructor(
    private readonly audit: AuditService,
    private readonly people: PersonNames,
    private readonly subjects: AuditSubjectsRepository,
  ) {}

  async page(manager: EntityManager, filter: AuditEntriesFilter | undefined, now: Date): Promise<AuditEntryPage> {
    const limit = filter?.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.audit.list(manager, {
      action: filter?.action,
      actorUserId: filter?.actorUserId,
      from: filter?.from,
      to: filter?.to,
      beforeSeq: filter?.beforeSeq,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const detailIds = page.map((row) => idsIn(row.detail));
    const userIds = [...new Set([...page.map((row) => row.actorUserId).filter(present), ...detailIds.flat()])];
    const nameOf = await this.people.namesOf(manager, userIds);
    const organisationNameOf = await this.subjects.actorOrganisationNames(manager, [...new Set(page.map(otherOrganisation).filter(present))]);
    const operationIdsOf = page.map((row, index) => [
      ...new Set([...(row.subjectType === 'operation' && row.subjectId !== null ? [row.subjectId.toLowerCase()] : []), ...(detailIds[index] ?? [])]),
    ]);
    const candidates = [...new Set(operationIdsOf.flat())];
    const operationOf = await this.subjects.visibleOperations(manager, candidates, now);
    const organisationOf = await this.subjects.organisationNames(manager, candidates);
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
        operations: (operationIdsOf[index] ?? []).map((id) => operationOf.get(id)).filter(present),
        organisations: (detailIds[index] ?? []).flatMap((id) => {
          const name = organisationOf.get(id);
          return name === undefined ? [] : [{ id, name }];
        }),
      })),
      nextBeforeSeq: rows.length > limit ? (page.at(-1)?.seq ?? null) : null,
    };
  }
}
