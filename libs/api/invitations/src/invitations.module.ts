import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@liaise/api-audit';
import { NotificationsModule } from '@liaise/api-notifications';
import { OperationsModule } from '@liaise/api-operations';
import { PartnershipsModule } from '@liaise/api-partnerships';
import { TrainingModule } from '@liaise/api-training';
import { AttendeeRepository } from './data/attendee.repository.js';
import { InvitationRepository } from './data/invitation.repository.js';
import { InvitedOperationRepository } from './data/invited-operation.repository.js';
import { PartiesRepository } from './data/parties.repository.js';
import { DisclosureService } from './disclosure/disclosure.service.js';
import { RevealGuardPlugin } from './disclosure/reveal-guard.plugin.js';
import { INVITATION_ENTITIES } from './entities.js';
import { ForceSideService } from './force-side/force-side.service.js';
import { InvitationsResolver, InvitedOperationResolver, OperationInvitationsResolver } from './invitations.resolver.js';
import { PartnerAnswersService } from './partner-answers/partner-answers.service.js';
import { InvitationViews } from './views/invitation-views.service.js';

/**
 * Invitations to operations, staged disclosure and partners' attendance. Registers with OperationsService
 * to cancel open invitations when an operation is cancelled and to tell attendees of an early release, and
 * with NotificationsService to describe invitation notifications. Exports InvitationRepository (the expiry worker).
 */
@Module({
  imports: [TypeOrmModule.forFeature([...INVITATION_ENTITIES]), AuditModule, NotificationsModule, OperationsModule, PartnershipsModule, TrainingModule],
  providers: [
    InvitationRepository,
    AttendeeRepository,
    InvitedOperationRepository,
    PartiesRepository,
    ForceSideService,
    PartnerAnswersService,
    DisclosureService,
    InvitationViews,
    InvitationsResolver,
    InvitedOperationResolver,
    OperationInvitationsResolver,
    RevealGuardPlugin,
  ],
  exports: [InvitationRepository],
})
export class InvitationsModule {}
