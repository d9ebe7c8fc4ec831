export * from './notification-kind.enum.js';
export * from './notification.entity.js';
export * from './notification-feed.type.js';
export * from './outbox-message.entity.js';
export * from './notification-tables.js';
export * from './notification-writer.js';
export * from './notification-feed.js';
export * from './reminder-threshold.js';
