import { RecoveryCode, Session, UserAccount } from '@liaise/api-auth';
import { INVITATION_ENTITIES } from '@liaise/api-invitations';
import { Notification, NotificationPreference, OutboxMessage } from '@liaise/api-notifications';
import { OPERATION_ENTITIES } from '@liaise/api-operations';
import { Organisation } from '@liaise/api-organisations';
import { Partnership } from '@liaise/api-partnerships';
import { PasswordReset, UserInvitation } from '@liaise/api-people';
import { TrainingCourse, TrainingRecord } from '@liaise/api-training';

/** Every entity of every feature: the application's data source and migration generation use this list. */
export const ENTITIES = [Organisation, UserAccount, Session, RecoveryCode, Partnership, TrainingCourse, TrainingRecord, OutboxMessage, UserInvitation, PasswordReset,
  Notification, NotificationPreference, ...OPERATION_ENTITIES, ...INVITATION_ENTITIES];
