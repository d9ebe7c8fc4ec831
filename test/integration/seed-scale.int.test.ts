// The scale generator at a tiny size, so it cannot rot: valid unique NIPs, everyone in a unit, post and reporting
// line of their own agency, a consistent unit tree, standards on every post, and the other subgraphs' rows
// pointing at generated employees with the seat counters their enrolments took.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNip } from '@asn/personnel';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closeScaleDatabases,
  generateScale,
  openScaleDatabases,
  scaleModules,
  type ScaleDatabases,
  type ScaleSummary,
} from '../bench/scale/generate.js';
import { DATABASES, testConfig } from '../support/test-config.js';

const TODAY = '2026-11-25';
const EMPLOYEES = 200;

describe.each(DATABASES)('seed:scale on %s', (database) => {
  let db: ScaleDatabases;
  let summary: ScaleSummary;
  let firstGenerated: number;
  const prefix = `asn_scale_${process.pid}_`;

  beforeAll(async () => {
    const options = {
      employees: EMPLOYEES,
      databaseUrl: database === 'mysql' ? testConfig.MYSQL_URL : undefined,
      databasePrefix: prefix,
      dataDir: mkdtempSync(join(tmpdir(), 'asn-scale-')),
      today: TODAY,
    };
    db = await openScaleDatabases(options);
    summary = await generateScale(db, options);
    firstGenerated = summary.agencies[0]!.id;
  });
  afterAll(async () => {
    if (!db) return;
    if (database === 'mysql') {
      for (const dataSource of Object.values(db))
        await dataSource.query(`DROP DATABASE \`${dataSource.options.database}\``);
    }
    await closeScaleDatabases(db);
  });

  const query = async <T>(source: keyof ScaleDatabases, sql: string): Promise<T[]> =>
    (await db[source].query(sql.replaceAll(':first', String(firstGenerated)))) as T[];
  const count = async (source: keyof ScaleDatabases, sql: string) =>
    Number((await query<{ n: number | string }>(source, sql))[0]!.n);

  it('writes the asked-for employees, each with a valid NIP no one else has', async () => {
    const employees = await query<{ nip: string }>('personnel', 'SELECT nip FROM employee WHERE agency_id >= :first');
    expect(employees).toHaveLength(EMPLOYEES);
    expect(summary.employees).toBe(EMPLOYEES);
    const invalid = employees.filter(({ nip }) => !parseNip(nip, TODAY).ok);
    expect(invalid).toEqual([]);
    expect(await count('personnel', 'SELECT COUNT(DISTINCT nip) AS n FROM employee')).toBe(
      await count('personnel', 'SELECT COUNT(*) AS n FROM employee'),
    );
  });

  it('puts every employee in a unit, a post and under a manager of their own agency', async () => {
    const strays = await count(
      'personnel',
      `SELECT COUNT(*) AS n FROM employee e
         LEFT JOIN unit u ON u.id = e.unit_id AND u.agency_id = e.agency_id
         LEFT JOIN position p ON p.id = e.position_id AND p.agency_id = e.agency_id
         LEFT JOIN employee m ON m.id = e.manager_id AND m.agency_id = e.agency_id
       WHERE e.agency_id >= :first AND (u.id IS NULL OR p.id IS NULL OR (e.manager_id IS NOT NULL AND m.id IS NULL))`,
    );
    expect(strays).toBe(0);
    // Only the root's head reports to no one.
    expect(
      await count('personnel', 'SELECT COUNT(*) AS n FROM employee WHERE agency_id >= :first AND manager_id IS NULL'),
    ).toBe(summary.agencies.length);
  });

  it('builds a unit tree whose paths extend the parent path, headed by a member of the subtree', async () => {
    const units = await query<{ id: number; agency_id: number; parent_id: number | null; path: string; head: number }>(
      'personnel',
      'SELECT id, agency_id, parent_id, path, head_employee_id AS head FROM unit WHERE agency_id >= :first',
    );
    expect(units.length).toBe(summary.units);
    const byId = new Map(units.map((unit) => [Number(unit.id), unit]));
    for (const unit of units) {
      const own = `${String(unit.id).padStart(6, '0')}/`;
      if (unit.parent_id === null) {
        expect(unit.path).toBe(`/${own}`);
      } else {
        const parent = byId.get(Number(unit.parent_id))!;
        expect(parent.agency_id).toBe(unit.agency_id);
        expect(unit.path).toBe(`${parent.path}${own}`);
      }
    }
    const headsOutside = await count(
      'personnel',
      `SELECT COUNT(*) AS n FROM unit u JOIN employee h ON h.id = u.head_employee_id JOIN unit hu ON hu.id = h.unit_id
       WHERE u.agency_id >= :first AND hu.path NOT LIKE ${db.personnel.options.type === 'better-sqlite3' ? "u.path || '%'" : "CONCAT(u.path, '%')"}`,
    );
    expect(headsOutside).toBe(0);
  });

  it('gives every post a standard with the managerial competencies, and assessments on its lines', async () => {
    const bare = await count(
      'personnel',
      `SELECT COUNT(*) AS n FROM position p WHERE p.agency_id >= :first
       AND (SELECT COUNT(*) FROM competency_standard s WHERE s.position_id = p.id) < 9`,
    );
    expect(bare).toBe(0);
    const offStandard = await count(
      'personnel',
      `SELECT COUNT(*) AS n FROM assessment a JOIN employee e ON e.id = a.employee_id
       LEFT JOIN competency_standard s ON s.position_id = e.position_id AND s.competency_id = a.competency_id
       WHERE e.agency_id >= :first AND s.id IS NULL`,
    );
    expect(offStandard).toBe(0);
    expect(summary.assessments).toBeGreaterThan(EMPLOYEES * 5);
  });

  it('enrols and certifies generated employees of the right agency, with the seat counters their enrolments took', async () => {
    const employees = await query<{ id: number; agency_id: number }>(
      'personnel',
      'SELECT id, agency_id FROM employee WHERE agency_id >= :first',
    );
    const agencyOf = new Map(employees.map((employee) => [Number(employee.id), Number(employee.agency_id)]));
    for (const source of ['training', 'certification'] as const) {
      const table = source === 'training' ? 'enrolment' : 'certificate';
      const rows = await query<{ employee_id: number; agency_id: number }>(
        source,
        `SELECT employee_id, agency_id FROM ${table} WHERE agency_id >= :first`,
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => agencyOf.get(Number(row.employee_id)) !== Number(row.agency_id))).toEqual([]);
    }
    const wrongSeats = await count(
      'training',
      `SELECT COUNT(*) AS n FROM training_session s WHERE s.agency_id >= :first AND (s.seats_taken > s.capacity OR s.seats_taken <>
       (SELECT COUNT(*) FROM enrolment e WHERE e.live_session_id = s.id))`,
    );
    expect(wrongSeats).toBe(0);
  });

  // The plan is read in SQLite's EXPLAIN QUERY PLAN wording; MariaDB served the old LIKE by the same index already.
  if (database === 'sqlite')
    it("finds a unit's members by a range of the unit path index, not a scan", async () => {
      const statements: { query: string; parameters: unknown[] }[] = [];
      const logger = db.personnel.logger;
      Object.assign(db.personnel, {
        logger: Object.assign(Object.create(logger) as object, {
          logQuery: (query: string, parameters: unknown[] = []) => statements.push({ query, parameters }),
        }),
      });
      Object.assign(db.personnel.options, { logging: ['query'] });
      try {
        const context = scaleModules(TODAY).personnel.createContext(db.personnel, {
          identity: { kind: 'system' },
          language: 'en',
        });
        const members = await context.loaders.memberIdsByUnitId.load(summary.agencies[0]!.pendidikanUnitId);
        expect(members.length).toBeGreaterThan(1);
        const memberQuery = statements.find(({ query }) => query.includes('"unit"."path"'))!;
        const plan = (await db.personnel.query(`EXPLAIN QUERY PLAN ${memberQuery.query}`, memberQuery.parameters)) as {
          detail: string;
        }[];
        const details = plan.map((step) => step.detail).join('; ');
        expect(details).toMatch(/SEARCH unit USING (COVERING )?INDEX \S+ \(path>\? AND path<\?\)/);
        expect(details).not.toMatch(/SCAN employee/);
      } finally {
        Object.assign(db.personnel, { logger });
      }
    });
});
