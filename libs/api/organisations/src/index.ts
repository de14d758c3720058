export * from './organisation.entity.js';
export * from './organisations.module.js';
