import { Module } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { OutboxWorker } from './outbox.worker.js';

/** Delivers the outbox. Imported only by processes whose role runs the worker (`worker` or `all`). */
@Module({
  providers: [Mailer, OutboxWorker],
  exports: [OutboxWorker],
})
export class OutboxWorkerModule {}
