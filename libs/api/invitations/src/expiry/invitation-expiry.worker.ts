import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@liaise/api-audit';
import { Clock, inTenantTransaction, PollingLoop } from '@liaise/api-core';
import { NotificationsService } from '@liaise/api-notifications';
import { InvitationRepository } from '../data/invitation.repository.js';
import { expiredEntry, toForce } from '../invitation-effects.js';

/** How often the worker looks for invitations whose respond-by time has passed. */
export const INVITATION_EXPIRY_POLL_MS = 30_000;

/**
 * Expires unanswered invitations at their respond-by time: every ~30 s it asks which forces have some due
 * (in a transaction acting for no organisation), then, for each force in a transaction acting for that
 * force, expires them, audits each on both trails and tells the force's liaison officers. Reads already
 * show a PENDING invitation past its time as EXPIRED, so a late sweep changes nothing anyone sees. Runs in
 * the `worker` and `all` process roles; on shutdown it stops polling and finishes the round in flight.
 */
@Injectable()
export class InvitationExpiryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('InvitationExpiryWorker');
  private readonly loop = new PollingLoop({
    intervalMs: INVITATION_EXPIRY_POLL_MS,
    round: async () => {
      const count = await this.expireDue();
      if (count > 0) this.log.log(`Expired ${count} unanswered invitation${count === 1 ? '' : 's'}`);
    },
    log: this.log,
    failing: 'Cannot expire invitations',
    recovered: 'Invitations can be expired again',
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly invitations: InvitationRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Before the data source closes: stop polling and wait for the round in flight. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Resolves once the worker's first round has ended: what it says as it starts has been said. */
  async firstRound(): Promise<void> {
    await this.loop.firstRound;
  }

  /** Resolves when the worker's current round (if one is running) has ended. */
  async idle(): Promise<void> {
    await this.loop.idle();
  }

  /** Expires every invitation due by the clock's now, one force at a time; returns how many expired. */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    const forces = await inTenantTransaction(this.dataSource, {}, (manager) => this.invitations.forcesWithDue(manager, now));
    let expired = 0;
    for (const forceId of forces) {
      if (this.loop.stopping) break;
      expired += await inTenantTransaction(this.dataSource, { organisationId: forceId }, (manager) => this.expireDueForForce(manager, forceId, now));
    }
    return expired;
  }

  /**
   * In a transaction acting for `forceOrganisationId`: expires that force's invitations whose respond-by
   * time has passed, audits each on both trails and tells the force. Returns how many expired.
   */
  private async expireDueForForce(manager: EntityManager, forceOrganisationId: string, now: Date): Promise<number> {
    const rows = await this.invitations.expireDue(manager, now);
    for (const row of rows) {
      if (row.force_organisation_id !== forceOrganisationId) continue;
      await this.audit.recordForBoth(manager, [row.force_organisation_id, row.partner_organisation_id], expiredEntry(row.id, row.operation_id));
      await this.notifications.notify(manager, toForce({ id: row.id, operationId: row.operation_id, forceOrganisationId: row.force_organisation_id }, 'INVITATION_EXPIRED'));
    }
    return rows.length;
  }
}
