export * from './migrations/CreateInvitationsAndPasswordResets.js';
export * from './password-reset/password-reset.entity.js';
export * from './people.module.js';
export * from './people.types.js';
export * from './user-invitations/user-invitation.entity.js';
