export * from './test-database.js';
export * from './api-process.js';
export * from './smtp-receiver.js';
