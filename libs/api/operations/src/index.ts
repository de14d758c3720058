export * from './checklist.entities.js';
export * from './entities.js';
export * from './migrations/CreateOperations.js';
export * from './operation-transition.entity.js';
export * from './operation.entity.js';
export * from './operations.module.js';
