export * from './lib/service.js';
export * from './lib/principles.js';
