import { Module } from '@nestjs/common';
import { OutboxService } from './outbox.service.js';

/** The outbox: features enqueue e-mail in their own transaction with OutboxService. */
@Module({
  providers: [OutboxService],
  exports: [OutboxService],
})
export class NotificationsModule {}
