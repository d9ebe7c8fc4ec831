export * from './test-data-source.js';
