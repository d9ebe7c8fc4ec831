import 'reflect-metadata';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { Identity } from '../auth-context.js';
import { assertCodeFree, competencyLevels, keptCode, keptRows, saveKeptRow } from './kept-rows.js';

@Entity('kept_row')
class KeptRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer', name: 'agency_id', nullable: true })
  agencyId: number | null;

  @Column({ type: 'varchar' })
  code: string;

  @Column({ type: 'varchar', name: 'retired_on', nullable: true })
  retiredOn: string | null;
}

async function openRows() {
  const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [KeptRow] });
  await dataSource.initialize();
  // A table of the test's own; common owns no migrations.
  await dataSource.query(
    'CREATE TABLE kept_row (id INTEGER PRIMARY KEY AUTOINCREMENT, agency_id INTEGER, code TEXT, retired_on TEXT)',
  );
  await dataSource.getRepository(KeptRow).insert([
    { agencyId: 1, code: 'PKP', retiredOn: null },
    { agencyId: 2, code: 'PKA', retiredOn: null },
  ]);
  return dataSource;
}

const refusal = (code: string) => () => new Error(code);
describe('competencyLevels', () => {
  it('parses each line under the level key the subgraph names', () => {
    expect(competencyLevels([{ competencyId: '3', maxLevel: 2 }], 'maxLevel', refusal('TWICE'))).toEqual([
      { competencyId: 3, maxLevel: 2 },
    ]);
  });

  it('refuses a level outside 1–5 on its line, and a competency given twice with the caller’s error', () => {
    expect(() => competencyLevels([{ competencyId: '3', level: 6 }], 'level', refusal('TWICE'))).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.competencies.0.level' }),
      }),
    );
    const twice = [
      { competencyId: '3', level: 1 },
      { competencyId: '3', level: 2 },
    ];
    expect(() => competencyLevels(twice, 'level', refusal('TWICE'))).toThrow('TWICE');
  });
});

describe('kept rows', () => {
  const policy = {
    ownAgency: () => 1,
    authorizeRow: (_identity: Identity, row: { agencyId: number | null }) => {
      if (row.agencyId !== 1) throw new Error('FORBIDDEN');
    },
    missing: (field: string) => new Error(`MISSING ${field}`),
  };
  const { loadOwn, retire } = keptRows(policy);
  const contextOf = (dataSource: DataSource) => ({
    dataSource,
    identity: { kind: 'anonymous' } as Identity,
    today: '2026-11-25',
  });

  it('keeps a code upper-case, and refuses one another row holds but not the row’s own', async () => {
    const dataSource = await openRows();
    expect(keptCode('input.code', ' pka ', 40)).toBe('PKA');
    const own = await loadOwn(contextOf(dataSource), KeptRow, 'input.id', '1');
    await expect(assertCodeFree(dataSource, KeptRow, 'PKA', own, refusal('TAKEN'))).rejects.toThrow('TAKEN');
    await expect(assertCodeFree(dataSource, KeptRow, 'PKP', own, refusal('TAKEN'))).resolves.toBeUndefined();
    await expect(assertCodeFree(dataSource, KeptRow, 'PKP', null, refusal('TAKEN'))).rejects.toThrow('TAKEN');
    await dataSource.destroy();
  });

  it('loads only a row the policy lets the caller keep, and says which field names a missing one', async () => {
    const dataSource = await openRows();
    await expect(loadOwn(contextOf(dataSource), KeptRow, 'input.id', '2')).rejects.toThrow('FORBIDDEN');
    await expect(loadOwn(contextOf(dataSource), KeptRow, 'input.id', '9')).rejects.toThrow('MISSING input.id');
    await dataSource.destroy();
  });

  it('saves a new row as the agency’s and in use, a changed one as it was plus the values, and retires it today', async () => {
    const dataSource = await openRows();
    const added = await saveKeptRow(dataSource.manager, KeptRow, null, 1, { code: 'PKN' });
    expect(added).toMatchObject({ agencyId: 1, code: 'PKN', retiredOn: null });
    const changed = await saveKeptRow(dataSource.manager, KeptRow, added, 1, { code: 'PKN2' });
    expect(changed).toMatchObject({ id: added.id, agencyId: 1, code: 'PKN2' });
    const retired = await retire(contextOf(dataSource), KeptRow, 'input.id', String(added.id));
    expect(retired.retiredOn).toBe('2026-11-25');
    await dataSource.destroy();
  });
});
