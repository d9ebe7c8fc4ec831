export * from './change-cursor.js';
export * from './change-feed.resolver.js';
export * from './change-page.type.js';
