export * from './mailer.js';
export * from './migrations/CreateOutbox.js';
export * from './notifications.module.js';
export * from './outbox-message.entity.js';
export * from './outbox-worker.module.js';
export * from './outbox.service.js';
export * from './outbox.worker.js';
export * from './templates.js';
