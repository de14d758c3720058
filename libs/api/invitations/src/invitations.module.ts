import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@liaise/api-audit';
import { NotificationsModule } from '@liaise/api-notifications';
import { OperationsModule } from '@liaise/api-operations';
import { PartnershipsModule } from '@liaise/api-partnerships';
import { TrainingModule } from '@liaise/api-training';
import { INVITATION_ENTITIES } from './entities.js';
import { InvitationsResolver, InvitedOperationResolver, OperationInvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { RevealGuardPlugin } from './reveal-guard.plugin.js';

/**
 * Invitations to operations, staged disclosure and partners' attendance. Registers with OperationsService
 * to cancel open invitations when an operation is cancelled. Exports InvitationsService (the expiry worker).
 */
@Module({
  imports: [TypeOrmModule.forFeature([...INVITATION_ENTITIES]), AuditModule, NotificationsModule, OperationsModule, PartnershipsModule, TrainingModule],
  providers: [InvitationsService, InvitationsResolver, InvitedOperationResolver, OperationInvitationsResolver, RevealGuardPlugin],
  exports: [InvitationsService],
})
export class InvitationsModule {}
