import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, Clock, type AppConfig } from '@liaise/api-core';
import { OutboxRepository } from './outbox.repository.js';
import { checkParams, type TemplateName, type TemplateParams } from './templates.js';

export interface OutgoingMail<T extends TemplateName> {
  /** The organisation the message is sent for (row-level security: the acting organisation). */
  readonly organisationId: string;
  readonly to: string;
  readonly template: T;
  readonly params: TemplateParams<T>;
}

@Injectable()
export class OutboxService {
  constructor(
    private readonly messages: OutboxRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Puts an e-mail in the outbox inside the caller's transaction: it is sent by the worker once that
   * transaction commits, and never if it rolls back. Refuses params that are not the template's links and
   * names. Returns the message's id.
   */
  async enqueue<T extends TemplateName>(manager: EntityManager, mail: OutgoingMail<T>): Promise<string> {
    checkParams(mail.template, mail.params, this.config.publicUrl);
    const now = this.clock.now();
    const id = randomUUID();
    await this.messages.insert(manager, {
      id,
      organisationId: mail.organisationId,
      recipient: mail.to.trim().toLowerCase(),
      template: mail.template,
      params: { ...mail.params },
      createdAt: now,
      availableAt: now,
      attempts: 0,
      sentAt: null,
      failedAt: null,
      lastError: null,
    });
    return id;
  }
}
