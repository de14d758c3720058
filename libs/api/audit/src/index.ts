export * from './audit.module.js';
export * from './audit.resolver.js';
export * from './audit.service.js';
export * from './canonical.js';
export * from './migrations/AddAuditActorOrganisations.js';
export * from './migrations/CreateAuditTrail.js';
export * from './verify.js';
