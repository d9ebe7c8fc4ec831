// `npm run seed:scale -- --employees N [--database-url mysql://…] [--data-dir data] [--today YYYY-MM-DD]`: the demo
// plus N generated employees in the subgraphs' databases (the SQLite files `npm start` uses, or MariaDB), migrated
// first. Into empty databases only: remove data/*.sqlite (or drop the asn_* databases) to generate again.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { closeScaleDatabases, generateScale, openScaleDatabases } from './generate.js';

const { values } = parseArgs({
  options: {
    employees: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    today: { type: 'string' },
  },
});
const employees = Number(values.employees);
if (!Number.isInteger(employees) || employees < 100 || employees > 5_000_000) {
  console.error('usage: npm run seed:scale -- --employees N (100 to 5,000,000) [--database-url URL] [--data-dir DIR]');
  process.exit(2);
}
const options = {
  employees,
  databaseUrl: values['database-url'] ?? process.env.DATABASE_URL,
  dataDir: values['data-dir'] ?? process.env.DATA_DIR ?? 'data',
  databasePrefix: process.env.DATABASE_PREFIX,
  today: values.today ?? new Date().toISOString().slice(0, 10),
  log: (message: string) => console.log(message),
};
const databases = await openScaleDatabases(options);
try {
  const summary = await generateScale(databases, options);
  console.log(
    `${summary.employees} employees in ${summary.agencies.length} agencies, ${summary.units} units, ` +
      `${summary.assessments} assessments, ${summary.enrolments} enrolments, ${summary.certificates} certificates ` +
      `in ${(summary.milliseconds / 1000).toFixed(1)} s`,
  );
} finally {
  await closeScaleDatabases(databases);
}
