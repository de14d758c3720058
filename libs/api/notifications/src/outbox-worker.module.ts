import { Module } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxWorker } from './outbox.worker.js';

/** Delivers the outbox. Imported only by processes whose role runs the worker (`worker` or `all`). */
@Module({
  providers: [Mailer, OutboxRepository, OutboxWorker],
  exports: [OutboxWorker],
})
export class OutboxWorkerModule {}
