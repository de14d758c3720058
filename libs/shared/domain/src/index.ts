export * from './lib/access.js';
export * from './lib/dates.js';
export * from './lib/joining.js';
export * from './lib/passwords.js';
export * from './lib/principles.js';
export * from './lib/service.js';
export * from './lib/operations.js';
export * from './lib/audit-actions.js';
