import { Module } from '@nestjs/common';
import { AuditModule } from '@liaise/api-audit';
import { NotificationsModule } from '@liaise/api-notifications';
import { InvitationsModule } from '../invitations.module.js';
import { InvitationExpiryWorker } from './invitation-expiry.worker.js';

/** Expires unanswered invitations. Imported only by processes whose role runs the worker (`worker` or `all`). */
@Module({
  imports: [InvitationsModule, AuditModule, NotificationsModule],
  providers: [InvitationExpiryWorker],
  exports: [InvitationExpiryWorker],
})
export class InvitationExpiryModule {}
