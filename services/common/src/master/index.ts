export * from './csv-table.js';
export * from './input-checks.js';
export * from './retired-column.js';
export * from './agency-rows.js';
export * from './kept-rows.js';
