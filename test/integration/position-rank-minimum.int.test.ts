// recordPosition on both databases: a post is taken up only by someone holding its minimum rank on the day taken up
// (a PNS the post's minimum golongan, a PPPK the post's minimum grade: the administrator's, else the JF level's
// default), read from the rank history.
import 'reflect-metadata';
import { SqlStatementCounter } from '@asn/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personnelSubgraph } from '@asn/personnel';
import { startInProcessSubgraph, type InProcessSubgraph } from '../support/in-process-subgraph.js';
import { ADMIN, count, fieldOf, mutation, reasonOf } from '../support/master-data-callers.js';
import { DATABASES } from '../support/test-config.js';

const POST = mutation('recordPosition', 'RecordPositionInput', 'fromDate position { id }');
const RANK = mutation('recordRank', 'RecordRankInput', 'tmt');
const SAVE = mutation('savePosition', 'PositionInput', 'minPppkGrade minPppkGradeIsDefault defaultMinPppkGrade');
const READ = `query ($id: ID!) { position(id: $id) { name kind functionalLevel minGolongan minEducation unit { id }
  minPppkGrade minPppkGradeIsDefault defaultMinPppkGrade } }`;
const NIP = '199807212024031003';
// Demo positions of Ambon: 7 Pranata Komputer Ahli Pertama (III/a; PPPK grade IX), 8 Ahli Muda (III/c; grade XI).
const AHLI_PERTAMA = '7';
const AHLI_MUDA = '8';

describe.each(DATABASES)('the rank a post asks for, on %s', (database) => {
  let personnel: InProcessSubgraph;
  const counter = new SqlStatementCounter();
  let employeeId = '';
  const run = (document: string, input: Record<string, unknown>) => personnel.execute(document, { input }, ADMIN);
  async function expectShortfall(input: Record<string, unknown>, reason: string, held: string, minimum: string) {
    const before = await count(personnel, 'position_history');
    const result = await run(POST, input);
    expect({ reason: reasonOf(result), field: fieldOf(result) }).toEqual({ reason, field: 'input.positionId' });
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    // The message names the rank held that day and the post's minimum.
    const { message } = result.errors![0] as { message: string };
    expect(message).toContain(` ${held} `);
    expect(message).toContain(`(${minimum})`);
    expect(await count(personnel, 'position_history')).toBe(before);
  }

  beforeAll(async () => {
    personnel = await startInProcessSubgraph(personnelSubgraph, database, 'asn_prm_pe', counter);
    const created = await run(mutation('createEmployee', 'CreateEmployeeInput', 'id'), {
      nip: NIP,
      name: 'Ronald Pattiasina, S.Kom.',
      golongan: 'III_A',
      education: 'S1',
      positionId: AHLI_PERTAMA,
      unitId: '6',
      positionSince: '2024-03-01',
    });
    expect(created.errors).toBeUndefined();
    employeeId = (created.data as { createEmployee: { id: string } }).createEmployee.id;
    const first = { employeeId, golongan: 'III_A', tmt: '2024-03-01', decreeNumber: '800/BKPSDM/2024/7' };
    expect((await run(RANK, first)).errors).toBeUndefined();
  }, 120_000);
  afterAll(() => personnel?.stop());

  it('refuses a PNS with III/a an Ahli Muda post (III/c) until the III/c rank is in force on the day taken up', async () => {
    await expectShortfall(
      { employeeId, positionId: AHLI_MUDA, fromDate: '2026-05-04' },
      'GOLONGAN_BELOW_POSITION_MINIMUM',
      'III/a',
      'III/c',
    );
    const promotion = { employeeId, golongan: 'III_C', tmt: '2026-10-01', decreeNumber: '800/BKPSDM/2026/9' };
    expect((await run(RANK, promotion)).errors).toBeUndefined();
    // The day before the TMT the rank held is still III/a.
    await expectShortfall(
      { employeeId, positionId: AHLI_MUDA, fromDate: '2026-09-30' },
      'GOLONGAN_BELOW_POSITION_MINIMUM',
      'III/a',
      'III/c',
    );
    const taken = await run(POST, { employeeId, positionId: AHLI_MUDA, fromDate: '2026-10-01' });
    expect(taken.errors).toBeUndefined();
    expect(taken.data).toEqual({ recordPosition: { fromDate: '2026-10-01', position: { id: AHLI_MUDA } } });
  });

  it('refuses a PPPK below grade IX an Ahli Pertama post, and takes them once granted grade IX', async () => {
    const [pppk] = (await personnel.dataSource.query(
      `SELECT id, golongan_rank AS grade FROM employee
       WHERE agency_id = 1 AND employee_type = 'PPPK' AND golongan_rank < 9 ORDER BY id`,
    )) as { id: number; grade: number }[];
    const grades = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
    const id = String(pppk!.id);
    await expectShortfall(
      { employeeId: id, positionId: AHLI_PERTAMA, fromDate: '2026-11-02' },
      'PPPK_GRADE_BELOW_POSITION_MINIMUM',
      grades[Number(pppk!.grade) - 1]!,
      'IX',
    );
    const granted = await run(RANK, { employeeId: id, pppkGrade: 9, tmt: '2026-11-02', decreeNumber: 'PPPK/2026/3' });
    expect(granted.errors).toBeUndefined();
    const taken = await run(POST, { employeeId: id, positionId: AHLI_PERTAMA, fromDate: '2026-11-02' });
    expect(taken.errors).toBeUndefined();
  });

  it('asks a PPPK for the grade the administrator set on the post, over the level’s default; null restores it', async () => {
    type Read = { position: Record<string, unknown> & { unit: { id: string } } };
    const { position } = (await personnel.execute(READ, { id: AHLI_PERTAMA }, ADMIN)).data as Read;
    expect(position).toMatchObject({ minPppkGrade: 9, minPppkGradeIsDefault: true, defaultMinPppkGrade: 9 });
    const { name, kind, functionalLevel, minGolongan, minEducation, unit } = position;
    const save = (minPppkGrade: number | null) =>
      run(SAVE, {
        id: AHLI_PERTAMA,
        unitId: unit.id,
        name,
        kind,
        functionalLevel,
        minGolongan,
        minEducation,
        minPppkGrade,
      });
    const stored = async () =>
      (
        (await personnel.dataSource.query(`SELECT min_pppk_grade AS grade FROM position WHERE id = 7`)) as {
          grade: number | null;
        }[]
      )[0]!.grade;

    for (const grade of [0, 18]) {
      const refused = await save(grade);
      expect({
        code: refused.errors?.[0]?.extensions?.code,
        reason: reasonOf(refused),
        field: fieldOf(refused),
      }).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PPPK_GRADE_OUT_OF_RANGE',
        field: 'input.minPppkGrade',
      });
      expect(await stored()).toBeNull();
    }

    // A PPPK whose grade the default (IX) admits, and one grade short of the post's own minimum.
    const [pppk] = (await personnel.dataSource.query(
      `SELECT id, golongan_rank AS grade FROM employee
       WHERE agency_id = 1 AND employee_type = 'PPPK' AND golongan_rank BETWEEN 9 AND 16 ORDER BY id`,
    )) as { id: number; grade: number | string }[];
    const grade = Number(pppk!.grade);
    const raised = await save(grade + 1);
    expect(raised.data).toEqual({
      savePosition: { minPppkGrade: grade + 1, minPppkGradeIsDefault: false, defaultMinPppkGrade: 9 },
    });
    const labels = ['IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
    const input = { employeeId: String(pppk!.id), positionId: AHLI_PERTAMA, fromDate: '2026-11-03' };
    await expectShortfall(input, 'PPPK_GRADE_BELOW_POSITION_MINIMUM', labels[grade - 9]!, labels[grade - 8]!);

    const restored = await save(null);
    expect(restored.data).toEqual({
      savePosition: { minPppkGrade: 9, minPppkGradeIsDefault: true, defaultMinPppkGrade: 9 },
    });
    expect(await stored()).toBeNull();
    expect((await run(POST, input)).errors).toBeUndefined();
  });

  it('reads the effective PPPK minimum of a list of positions from the rows already loaded: no statement more', async () => {
    const list = (fields: string) => `{ positions(agencyId: "1") { id ${fields} } }`;
    const statements = async (fields: string) => {
      const before = counter.statements;
      const result = await personnel.execute(list(fields), {}, ADMIN);
      expect(result.errors).toBeUndefined();
      return { rows: (result.data!.positions as unknown[]).length, statements: counter.statements - before };
    };
    const plain = await statements('name');
    const graded = await statements('name minPppkGrade minPppkGradeIsDefault defaultMinPppkGrade');
    expect(plain.rows).toBeGreaterThan(10);
    expect(graded).toEqual(plain);
  });
});
