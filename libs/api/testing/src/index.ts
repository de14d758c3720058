export * from './test-database.js';
export * from './api-process.js';
