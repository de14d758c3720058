import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationEvent } from '@liaise/shared-domain';
import { NotificationPreference } from './notification.entities.js';
import type { Recipient } from './notification.repository.js';

/** The `notification_preference` table: whether a person wants an e-mail for an event. */
@Injectable()
export class NotificationPreferenceRepository {
  /** The events the person has chosen for; any other event has the default. */
  async chosen(manager: EntityManager, recipient: Recipient): Promise<Map<NotificationEvent, boolean>> {
    const rows = await manager
      .getRepository(NotificationPreference)
      .createQueryBuilder('p')
      .where('p.user_id = :userId AND p.organisation_id = :organisationId', { userId: recipient.userId, organisationId: recipient.organisationId })
      .getMany();
    return new Map(rows.map((row) => [row.event, row.email]));
  }

  async choose(manager: EntityManager, recipient: Recipient, event: NotificationEvent, email: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preference (user_id, event, organisation_id, email) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, event) DO UPDATE SET email = EXCLUDED.email`,
      [recipient.userId, event, recipient.organisationId, email],
    );
  }
}
