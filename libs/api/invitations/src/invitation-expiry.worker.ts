import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock, inTenantTransaction } from '@liaise/api-core';
import { InvitationsService } from './invitations.service.js';

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
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> | undefined;
  private stopping = false;
  /** The last round failed: said once, not every poll while the database is down. */
  private failing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly invitations: InvitationsService,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Before the data source closes: stop polling and wait for the round in flight. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    await this.idle();
  }

  /** Resolves when the worker's current round (if one is running) has ended. */
  async idle(): Promise<void> {
    await this.inFlight;
  }

  /** Expires every invitation due by the clock's now, one force at a time; returns how many expired. */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    const forces = await inTenantTransaction(this.dataSource, {}, (manager) =>
      manager.query('SELECT force_organisation_id FROM invitation_due_forces($1::timestamptz)', [now]),
    ) as { force_organisation_id: string }[];
    let expired = 0;
    for (const { force_organisation_id: forceId } of forces) {
      if (this.stopping) break;
      expired += await inTenantTransaction(this.dataSource, { organisationId: forceId }, (manager) =>
        this.invitations.expireDueForForce(manager, forceId, now),
      );
    }
    return expired;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      const run = this.expireDue().then(
        (count) => {
          if (this.failing) this.log.log('Invitations can be expired again');
          this.failing = false;
          if (count > 0) this.log.log(`Expired ${count} unanswered invitation${count === 1 ? '' : 's'}`);
        },
        (error: unknown) => {
          if (!this.failing) this.log.warn(`Cannot expire invitations: ${error instanceof Error ? error.message : String(error)}`);
          this.failing = true;
        },
      );
      this.inFlight = run;
      void run.finally(() => {
        if (this.inFlight === run) this.inFlight = undefined;
        this.schedule(INVITATION_EXPIRY_POLL_MS);
      });
    }, delayMs);
    this.timer.unref();
  }
}
