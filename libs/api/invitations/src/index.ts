export * from './entities.js';
export * from './invitation.entity.js';
export * from './invitations.module.js';
export * from './migrations/CreateInvitations.js';
export * from './operation-attendee.entity.js';
