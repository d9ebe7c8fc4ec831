export * from './audit-context.js';
export * from './audit-entry.entity.js';
export * from './audit-log.resolver.js';
export * from './audit.subscriber.js';
export * from './1764100000000-create-audit-log.js';
export * from './1765500000000-index-audit-log-entity.js';
