import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, decodeCreatedAtCursor, encodeCreatedAtCursor, NotFoundError, validCursor, type RequestAuth } from '@liaise/api-core';
import { NotificationsService, type NotificationSubjectIds, type NotificationSubjectView } from '@liaise/api-notifications';
import { TrainingService } from '@liaise/api-training';
import { availableInvitationActions, effectiveInvitationStatus, type InvitationStatus, isUuid, roleAllows } from '@liaise/shared-domain';
import { AttendeeRepository } from '../data/attendee.repository.js';
import { InvitationRepository } from '../data/invitation.repository.js';
import { InvitedOperationRepository } from '../data/invited-operation.repository.js';
import { PartiesRepository } from '../data/parties.repository.js';
import { invitationPageSize, invitationStatusFilter, sideOf, visibleTo } from '../invitation-rules.js';
import type { Invitation } from '../invitation.entity.js';
import type { Attendee, InvitationPage, InvitationView } from '../invitation.types.js';

/**
 * Invitations as either side reads them: one, the partner's inbox a page at a time, those of the force's
 * operations, and what the invitation notifications are about. A fixed number of queries whatever the count.
 */
@Injectable()
export class InvitationViews implements OnModuleInit {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly attendees: AttendeeRepository,
    private readonly operations: InvitedOperationRepository,
    private readonly parties: PartiesRepository,
    private readonly training: TrainingService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.notifications.describeWith((manager, auth, rows) => this.describeNotifications(manager, auth, rows));
  }

  /** One invitation, to either side; anyone else gets NotFound. */
  async get(manager: EntityManager, auth: RequestAuth, id: string): Promise<InvitationView> {
    const row = visibleTo(await this.invitations.findById(manager, id), auth);
    const [view] = await this.views(manager, auth, [row]);
    if (view === undefined) throw new NotFoundError();
    return view;
  }

  /** The acting partner's invitations, newest first, a page at a time; optionally only those in `statuses`. */
  async inbox(
    manager: EntityManager,
    auth: RequestAuth,
    statuses: readonly InvitationStatus[] | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<InvitationPage> {
    const size = invitationPageSize(first);
    const filter = { partnerOrganisationId: auth.organisationId, statuses: invitationStatusFilter(statuses), now: this.clock.now() };
    const cursor = after === null || after === undefined || after === '' ? null : validCursor(decodeCreatedAtCursor(after));
    const totalCount = await this.invitations.inboxCount(manager, filter);
    const ids = await this.invitations.inboxPageIds(manager, filter, cursor, size + 1);
    const pageIds = ids.slice(0, size);
    const order = new Map(pageIds.map((id, index) => [id, index]));
    const rows = (await this.invitations.byIds(manager, pageIds)).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    const items = await this.views(manager, auth, rows);
    const last = rows.at(-1);
    return { items, nextCursor: ids.length > size && last !== undefined ? encodeCreatedAtCursor(last) : null, totalCount };
  }

  /** The invitations of the acting force's operations, by operation id, oldest first: one set of queries for them all. */
  async forOperations(manager: EntityManager, auth: RequestAuth, operationIds: readonly string[]): Promise<Map<string, InvitationView[]>> {
    const ids = [...new Set(operationIds)].filter(isUuid);
    const result = new Map<string, InvitationView[]>(operationIds.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const rows = await this.invitations.ofOperations(manager, ids, auth.organisationId);
    const operationOf = new Map(rows.map((row) => [row.id, row.operationId]));
    // Oldest first; those sent together, by partner name.
    const views = (await this.views(manager, auth, rows)).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.partnerName.localeCompare(b.partnerName) || a.id.localeCompare(b.id),
    );
    for (const view of views) result.get(operationOf.get(view.id) as string)?.push(view);
    return result;
  }

  /** The GraphQL views of rows, in the order given. */
  private async views(manager: EntityManager, auth: RequestAuth, rows: readonly Invitation[]): Promise<InvitationView[]> {
    if (rows.length === 0) return [];
    const now = this.clock.now();
    const operations = await this.operations.byIds(
      manager,
      rows.map((row) => row.operationId),
      now,
    );
    const organisationNames = await this.parties.invitationOrganisationNames(
      manager,
      rows.flatMap((row) => [row.forceOrganisationId, row.partnerOrganisationId]),
    );
    const attendees = await this.attendees.ofInvitations(
      manager,
      rows.map((row) => row.id),
    );
    const userIds = attendees.map((attendee) => attendee.userId);
    const people = await this.parties.people(manager, userIds);
    const training = await this.training.currentMshtTraining(manager, userIds);
    const may = { respond: roleAllows(auth.role, 'invitation:respond'), manage: roleAllows(auth.role, 'operation:manage') };

    return rows.flatMap((row): InvitationView[] => {
      const side = sideOf(row, auth);
      const operation = operations.get(row.operationId);
      if (side === null || operation === undefined) return [];
      const status = effectiveInvitationStatus(row.status, row.respondBy, now);
      return [
        {
          id: row.id,
          status,
          respondBy: row.respondBy,
          reason: row.reason,
          respondedAt: row.respondedAt,
          createdAt: row.createdAt,
          version: row.version,
          forceOrganisationId: row.forceOrganisationId,
          forceName: organisationNames.get(row.forceOrganisationId) ?? '',
          partnerName: organisationNames.get(row.partnerOrganisationId) ?? '',
          partnerOrganisationId: row.partnerOrganisationId,
          operation,
          attendees: attendees
            .filter((attendee) => attendee.invitationId === row.id)
            .map(
              (attendee): Attendee => ({
                userId: attendee.userId,
                name: people.get(attendee.userId)?.display_name ?? '',
                organisationName: people.get(attendee.userId)?.organisation_name ?? '',
                mshtTrainingCurrent: training.get(attendee.userId) === true,
                attended: attendee.attended,
              }),
            ),
          availableActions: availableInvitationActions(side, status, operation.state, may),
        },
      ];
    });
  }

  /**
   * What the acting person's notifications are about, read as they may read it now: the invitation (either
   * side of it), the operation through `invited_operations` (the force's own, or one the partner was invited
   * to), the reference only from the force's own operations, and the two organisations' names. Nothing for a
   * notification whose invitation or operation they may no longer see. Never an address or a time.
   */
  private async describeNotifications(
    manager: EntityManager,
    auth: RequestAuth,
    rows: readonly NotificationSubjectIds[],
  ): Promise<Map<string, NotificationSubjectView>> {
    const invitationIdOf = (row: NotificationSubjectIds) => (row.subjectType === 'invitation' ? row.subjectId : row.invitationId);
    const invitationIds = [...new Set(rows.map(invitationIdOf).filter((id): id is string => id !== null && isUuid(id)))];
    const invitations = new Map(
      (await this.invitations.byIds(manager, invitationIds)).filter((row) => sideOf(row, auth) !== null).map((row) => [row.id, row]),
    );
    const operationIdOf = (row: NotificationSubjectIds) => {
      const invitationId = invitationIdOf(row);
      return invitationId === null ? (row.subjectType === 'operation' ? row.subjectId : null) : (invitations.get(invitationId)?.operationId ?? null);
    };
    const operationIds = [...new Set(rows.map(operationIdOf).filter((id): id is string => id !== null))];
    const operations = await this.operations.byIds(manager, operationIds, this.clock.now());
    const referenceOf = await this.operations.ownReferences(manager, [...operations.keys()], auth.organisationId);
    const nameOf = await this.parties.invitationOrganisationNames(
      manager,
      [...invitations.values()].flatMap((row) => [row.forceOrganisationId, row.partnerOrganisationId]),
    );

    const described = new Map<string, NotificationSubjectView>();
    for (const row of rows) {
      const invitationId = invitationIdOf(row);
      const invitation = invitationId === null ? undefined : invitations.get(invitationId);
      const operationId = operationIdOf(row);
      const operation = operationId === null ? undefined : operations.get(operationId);
      if (operation === undefined) continue;
      described.set(row.id, {
        operationId: operation.id,
        operationReference: referenceOf.get(operation.id) ?? null,
        operationType: operation.type,
        generalArea: operation.generalArea,
        forceName: nameOf.get(operation.forceOrganisationId) ?? null,
        partnerName: invitation === undefined ? null : (nameOf.get(invitation.partnerOrganisationId) ?? null),
      });
    }
    return described;
  }
}
