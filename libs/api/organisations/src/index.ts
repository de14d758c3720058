export * from './acting.js';
export * from './organisation.entity.js';
export * from './organisation.inputs.js';
export * from './organisation.repository.js';
export * from './organisation.types.js';
export * from './organisations.module.js';
export * from './organisations.service.js';
export * from './migrations/ExtendOrganisations.js';
