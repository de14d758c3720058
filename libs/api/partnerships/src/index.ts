export * from './migrations/CreatePartnerships.js';
export * from './partnership-rules.js';
export * from './partnership.entity.js';
export * from './partnership.inputs.js';
export * from './partnership.types.js';
export * from './partnerships.module.js';
export * from './partnerships.service.js';
