import { Module } from '@nestjs/common';
import { AuditModule } from '@liaise/api-audit';
import { AuthModule } from '@liaise/api-auth';
import { NotificationsModule } from '@liaise/api-notifications';
import { OrganisationsModule } from '@liaise/api-organisations';
import { PeopleResolver } from './management/people.resolver.js';
import { PeopleService } from './management/people.service.js';
import { PasswordResetResolver } from './password-reset/password-reset.resolver.js';
import { PasswordResetRepository } from './password-reset/password-reset.repository.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';
import { UserInvitationRepository } from './user-invitations/user-invitation.repository.js';
import { UserInvitationsResolver } from './user-invitations/user-invitations.resolver.js';
import { UserInvitationsService } from './user-invitations/user-invitations.service.js';

/** Joining by invitation, an organisation's people and their roles, and forgotten passwords. */
@Module({
  imports: [AuthModule, AuditModule, NotificationsModule, OrganisationsModule],
  providers: [UserInvitationRepository, UserInvitationsService, UserInvitationsResolver, PeopleService, PeopleResolver, PasswordResetRepository, PasswordResetService, PasswordResetResolver],
})
export class PeopleModule {}
