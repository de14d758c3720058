import { Module } from '@nestjs/common';
import { InvitationExpiryWorker } from './invitation-expiry.worker.js';
import { InvitationsModule } from './invitations.module.js';

/** Expires unanswered invitations. Imported only by processes whose role runs the worker (`worker` or `all`). */
@Module({
  imports: [InvitationsModule],
  providers: [InvitationExpiryWorker],
  exports: [InvitationExpiryWorker],
})
export class InvitationExpiryModule {}
