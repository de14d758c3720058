import { CreateOrganisations1795833663737 } from './1795833663737-CreateOrganisations.js';
import { CreateAccountsAndSessions1795835377617 } from './1795835377617-CreateAccountsAndSessions.js';
import { AddAuditActorOrganisations1795851400000, CreateAuditTrail1795840000000 } from '@liaise/api-audit';
import { ThrottleSignIns1795850000000 } from '@liaise/api-auth';
import { AddNotificationInvitation1795851500000, CreateInAppNotifications1795846000000, CreateOutbox1795841000000 } from '@liaise/api-notifications';
import { CreateInvitations1795848000000, FreezeStateAfterRefusal1795851300000 } from '@liaise/api-invitations';
import { AddDetailsReleaseToHistory1795851200000, AddNamedOfficers1795849000000, CreateOperations1795847000000 } from '@liaise/api-operations';
import { CreateInvitationsAndPasswordResets1795842000000 } from '@liaise/api-people';
import { ExtendOrganisations1795843500000 } from '@liaise/api-organisations';
import { CreatePartnerships1795844000000 } from '@liaise/api-partnerships';
import { CreateTrainingRecords1795845000000 } from '@liaise/api-training';
import { AddTwoFactorSignIn1795843000000 } from './1795843000000-AddTwoFactorSignIn.js';

/**
 * Every migration, oldest first. `npm run migration:generate` adds generated ones; a feature library may keep
 * its own migration (the audit trail's is hand-written SQL) and is listed here in timestamp order.
 */
export const MIGRATIONS = [
  CreateOrganisations1795833663737,
  CreateAccountsAndSessions1795835377617,
  CreateAuditTrail1795840000000,
  CreateOutbox1795841000000,
  CreateInvitationsAndPasswordResets1795842000000,
  AddTwoFactorSignIn1795843000000,
  ExtendOrganisations1795843500000,
  CreatePartnerships1795844000000,
  CreateTrainingRecords1795845000000,
  CreateInAppNotifications1795846000000,
  CreateOperations1795847000000,
  CreateInvitations1795848000000,
  AddNamedOfficers1795849000000,
  ThrottleSignIns1795850000000,
  AddDetailsReleaseToHistory1795851200000,
  FreezeStateAfterRefusal1795851300000,
  AddAuditActorOrganisations1795851400000,
  AddNotificationInvitation1795851500000,
];
