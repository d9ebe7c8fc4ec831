export * from './test-data-source.js';
export * from './test-subgraph.js';
export * from './entities.js';
export * from './schema-drift.js';
export * from './demo-vouched.js';
export * from './as-role.js';
