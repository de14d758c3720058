import { Invitation } from './invitation.entity.js';
import { OperationAttendee } from './operation-attendee.entity.js';

export const INVITATION_ENTITIES = [Invitation, OperationAttendee];
