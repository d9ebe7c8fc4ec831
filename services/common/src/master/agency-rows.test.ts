import { DataSource, EntitySchema } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { SqlStatementCounter } from '../sql-counter.js';
import { hasRepeats, replaceRows } from './agency-rows.js';

describe('hasRepeats', () => {
  it('finds an entry given twice, as text or as a number, and nothing in a list of distinct ones', () => {
    expect(hasRepeats(['1', '2', '1'])).toBe(true);
    expect(hasRepeats([3, 4, 3])).toBe(true);
    expect(hasRepeats(['1', '2', '3'])).toBe(false);
    expect(hasRepeats([])).toBe(false);
  });
});

describe('replaceRows', () => {
  interface Line {
    id: number;
    parentId: number;
    value: string;
  }
  const LineSchema = new EntitySchema<Line>({
    name: 'line',
    columns: {
      id: { type: Number, primary: true, generated: true },
      parentId: { type: Number, name: 'parent_id' },
      value: { type: String },
    },
  });

  async function openLines() {
    const counter = new SqlStatementCounter();
    const dataSource = new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [LineSchema],
      logging: ['query'],
      logger: counter,
    });
    await dataSource.initialize();
    // A table of the test's own; common owns no migrations.
    await dataSource.query('CREATE TABLE line (id INTEGER PRIMARY KEY AUTOINCREMENT, parent_id INTEGER, value TEXT)');
    await dataSource.getRepository(LineSchema).insert([
      { parentId: 1, value: 'a' },
      { parentId: 1, value: 'b' },
      { parentId: 2, value: 'c' },
    ]);
    return { dataSource, counter };
  }

  const valuesOf = async (dataSource: DataSource, parentId: number) =>
    (await dataSource.getRepository(LineSchema).find({ where: { parentId }, order: { id: 'ASC' } })).map(
      (line) => line.value,
    );

  it('replaces the lines of one parent with the given ones in two statements, leaving other parents alone', async () => {
    const { dataSource, counter } = await openLines();
    const before = counter.statements;
    await replaceRows(dataSource.manager, LineSchema, { parentId: 1 }, [
      { parentId: 1, value: 'x' },
      { parentId: 1, value: 'y' },
    ]);
    expect(counter.statements - before).toBe(2);
    expect(await valuesOf(dataSource, 1)).toEqual(['x', 'y']);
    expect(await valuesOf(dataSource, 2)).toEqual(['c']);
    await dataSource.destroy();
  });

  it('empties the list with one delete and no insert when nothing is kept', async () => {
    const { dataSource, counter } = await openLines();
    const before = counter.statements;
    await replaceRows(dataSource.manager, LineSchema, { parentId: 1 }, []);
    expect(counter.statements - before).toBe(1);
    expect(await valuesOf(dataSource, 1)).toEqual([]);
    expect(await valuesOf(dataSource, 2)).toEqual(['c']);
    await dataSource.destroy();
  });
});
