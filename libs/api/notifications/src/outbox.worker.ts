import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock, inTenantTransaction, PollingLoop } from '@liaise/api-core';
import { Mailer } from './mailer.js';
import { OutboxRepository } from './outbox.repository.js';
import { isTemplateName, type TemplateName, type TemplateParams } from './templates.js';

/** How often the worker looks for e-mail to send when the outbox was empty. */
export const OUTBOX_POLL_MS = 2_000;
/** After this many failed attempts a message is given up on. */
export const OUTBOX_MAX_ATTEMPTS = 8;

/** The wait before the next attempt after `attempts` failed ones: 30 s, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

/**
 * Delivers the outbox: every ~2 s it claims the oldest due message (in a transaction of its own, with the
 * row locked FOR UPDATE SKIP LOCKED, so several workers never take the same message), sends it, and marks it
 * sent — or failed, to be retried later with a growing wait, until it is given up on. Runs in the `worker`
 * and `all` process roles. On shutdown it stops claiming and finishes the message in flight.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly log = new Logger('OutboxWorker');
  private readonly loop = new PollingLoop({
    intervalMs: OUTBOX_POLL_MS,
    round: async () => {
      await this.deliverDue();
    },
    log: this.log,
    failing: 'Cannot read the outbox',
    recovered: 'The outbox can be read again',
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly messages: OutboxRepository,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
  ) {}

  onApplicationBootstrap(): void {
    this.mailer.announce();
    this.loop.start();
  }

  /**
   * Before the data source closes (it closes in its own module's application shutdown hook, which may run
   * before this module's): stop polling and wait for the message in flight.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    this.mailer.close();
  }

  /** Resolves once the worker's first round has ended: what it says as it starts has been said. */
  async firstRound(): Promise<void> {
    await this.loop.firstRound;
  }

  /** Resolves when the worker's current round (if one is running) has ended. */
  async idle(): Promise<void> {
    await this.loop.idle();
  }

  /** Sends every message that is due, one after another; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    let attempted = 0;
    while (!this.loop.stopping && (await this.deliverOne())) attempted += 1;
    return attempted;
  }

  /** Claims, sends and marks one due message; false when none is due. */
  private deliverOne(): Promise<boolean> {
    return inTenantTransaction(this.dataSource, {}, async (manager) => {
      const now = this.clock.now();
      const message = await this.messages.claim(manager, now);
      if (message === undefined) return false;
      let sent = false;
      let failure: unknown;
      try {
        if (!isTemplateName(message.template)) throw new Error(`no e-mail template is called ${JSON.stringify(message.template)}`);
        await this.mailer.send({
          id: message.id,
          to: message.recipient,
          template: message.template,
          params: message.params as TemplateParams<TemplateName>,
        });
        sent = true;
      } catch (error) {
        failure = error;
      }
      if (sent) {
        await this.messages.markSent(manager, message.id, this.clock.now());
        return true;
      }
      const attempts = message.attempts + 1;
      const giveUp = attempts >= OUTBOX_MAX_ATTEMPTS;
      const at = this.clock.now();
      await this.messages.markFailed(
        manager,
        message.id,
        failure instanceof Error ? failure.message : String(failure),
        giveUp ? null : new Date(at.getTime() + retryDelayMs(attempts)),
        giveUp ? at : null,
      );
      // The error's code only (the message is kept with the e-mail): a server's reply may quote the address.
      const code = failure instanceof Error ? ((failure as Error & { code?: string }).code ?? failure.name) : 'error';
      this.log.warn(`E-mail ${message.id} (${message.template}) not sent, attempt ${attempts} of ${OUTBOX_MAX_ATTEMPTS}${giveUp ? ', given up' : ''}: ${code}`);
      return true;
    });
  }
}
