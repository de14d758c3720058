import { Module } from '@nestjs/common';
import { AuditModule } from '@liaise/api-audit';
import { AuthModule } from '@liaise/api-auth';
import { NotificationsModule } from '@liaise/api-notifications';
import { InvitationsResolver } from './invitations/invitations.resolver.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { PeopleResolver } from './management/people.resolver.js';
import { PeopleService } from './management/people.service.js';
import { PasswordResetResolver } from './password-reset/password-reset.resolver.js';
import { PasswordResetService } from './password-reset/password-reset.service.js';

/** Joining by invitation, an organisation's people and their roles, and forgotten passwords. */
@Module({
  imports: [AuthModule, AuditModule, NotificationsModule],
  providers: [InvitationsService, InvitationsResolver, PeopleService, PeopleResolver, PasswordResetService, PasswordResetResolver],
})
export class PeopleModule {}
