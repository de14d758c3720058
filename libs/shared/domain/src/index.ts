export * from './lib/access.js';
export * from './lib/passwords.js';
export * from './lib/principles.js';
export * from './lib/service.js';
