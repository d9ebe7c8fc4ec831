// The history CSV import on both databases, in process, as the Ambon administrator, on a newly registered employee
// (no histories yet): a preview lists every bad row by line, field and reason and writes nothing; a good file's
// preview writes nothing either; the import records every row as the one-at-a-time mutation would.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personnelSubgraph } from '@asn/personnel';
import { startInProcessSubgraph, type InProcessSubgraph } from '../support/in-process-subgraph.js';
import { ADMIN, OTHER_ADMIN, count, mutation, reasonOf } from '../support/master-data-callers.js';
import { DATABASES } from '../support/test-config.js';

const IMPORT = mutation('importHistories', 'ImportHistoriesInput', 'imported employees dryRun');
const NIP = '199904122024032901';
const HISTORIES = `query ($nip: String!) { employee(nip: $nip) { performancePredikat golongan education
  performanceRatings { year predikat ratedBy } rankHistory { tmt golongan decreeNumber }
  educationHistory { level institution year } } }`;

describe.each(DATABASES)('history CSV import on %s', (database) => {
  let personnel: InProcessSubgraph;
  const tables = ['performance_rating', 'rank_history', 'position_history', 'education_history', 'employee'];
  const counts = () => Promise.all(tables.map((table) => count(personnel, table)));
  const run = (kind: string, csv: string, dryRun: boolean, identity = ADMIN) =>
    personnel.execute(IMPORT, { input: { kind, csv, dryRun } }, identity);

  beforeAll(async () => {
    personnel = await startInProcessSubgraph(personnelSubgraph, database, 'asn_hi_pe');
    // A Pranata Komputer Ahli Pertama appointed March 2024, golongan III/a, S1.
    const created = await personnel.execute(
      mutation('createEmployee', 'CreateEmployeeInput', 'id'),
      {
        input: {
          nip: NIP,
          name: 'Febriyanti Latupeirissa, S.Kom.',
          golongan: 'III_A',
          education: 'S1',
          positionId: '7',
          unitId: '6',
          positionSince: '2024-03-01',
        },
      },
      ADMIN,
    );
    expect(created.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => personnel?.stop());

  it('previews a bad ratings file: every bad row by line, field and reason, nothing written', async () => {
    const before = await counts();
    const csv = [
      'nip;tahun;predikat;penilai',
      `${NIP};2024;Baik;Kepala Bidang Aplikasi`, // line 2: good
      `${NIP};2025;Luar Biasa;Kepala Bidang Aplikasi`, // line 3: no such predikat
      `199001012015031999;2025;Baik;Kepala Bidang`, // line 4: nobody of this agency
      `${NIP};2024;Sangat Baik;Kepala Bidang Aplikasi`, // line 5: 2024 again, after line 2
      `${NIP};2016;Baik;Kepala Bidang Aplikasi`, // line 6: before the employee turned 18 (born 1999)
      `${NIP};20x5;Baik;Kepala Bidang Aplikasi`, // line 7: not a year
    ].join('\n');
    for (const dryRun of [true, false]) {
      const result = await run('RATING', csv, dryRun);
      expect(reasonOf(result)).toBe('CSV_ROWS_INVALID');
      expect(result.errors![0]!.extensions!.rows).toEqual([
        { line: 3, field: 'predikat', reason: 'CSV_PREDIKAT' },
        { line: 4, field: 'nip', reason: 'EMPLOYEE_NOT_FOUND' },
        { line: 5, field: 'year', reason: 'HISTORY_ENTRY_EXISTS' },
        { line: 6, field: 'year', reason: 'YEAR_OUT_OF_RANGE' },
        { line: 7, field: 'year', reason: 'CSV_YEAR' },
      ]);
      expect(await counts()).toEqual(before);
    }
  });

  it('previews a good file without writing, then imports it: the latest year becomes the predikat', async () => {
    const csv = `nip,tahun,predikat,penilai\n${NIP},2025,Sangat Baik,Kepala Bidang\n${NIP},2024,Baik,Kepala Bidang\n`;
    const before = await counts();
    expect((await run('RATING', csv, true)).data!.importHistories).toEqual({ imported: 2, employees: 1, dryRun: true });
    expect(await counts()).toEqual(before);
    expect((await run('RATING', csv, false)).data!.importHistories).toEqual({
      imported: 2,
      employees: 1,
      dryRun: false,
    });
    const read = (await personnel.execute(HISTORIES, { nip: NIP }, ADMIN)).data!.employee;
    expect(read.performancePredikat).toBe('SANGAT_BAIK');
    expect(read.performanceRatings).toEqual(
      expect.arrayContaining([
        { year: 2024, predikat: 'BAIK', ratedBy: 'Kepala Bidang' },
        { year: 2025, predikat: 'SANGAT_BAIK', ratedBy: 'Kepala Bidang' },
      ]),
    );
  });

  it('imports ranks and education as their mutations would: rank of the kind, from the appointment on', async () => {
    const ranks = [
      'nip,golongan,tmt,nomor_sk',
      `${NIP},III/a,2024-03-01,800/BKPSDM/2024/11`,
      `${NIP},IX,2025-04-01,800/BKPSDM/2025/12`, // a PPPK grade for a PNS
      `${NIP},III/b,2023-04-01,800/BKPSDM/2023/13`, // before the appointment (March 2024)
    ].join('\n');
    const refused = await run('RANK', ranks, true);
    expect(refused.errors![0]!.extensions!.rows).toEqual([
      { line: 3, field: 'rank', reason: 'RANK_KIND_MISMATCH' },
      { line: 4, field: 'tmt', reason: 'DATE_BEFORE_APPOINTMENT' },
    ]);
    const good = ranks.split('\n').slice(0, 2).join('\n');
    expect((await run('RANK', good, false)).errors).toBeUndefined();
    const education = `jenjang;jurusan;nama_sekolah;tahun_lulus;nip\nS1;Teknik Informatika;Universitas Pattimura;2021;${NIP}\nS2;Ilmu Komputer;Universitas Hasanuddin;2026;${NIP}\n`;
    expect((await run('EDUCATION', education, false)).errors).toBeUndefined();
    const read = (await personnel.execute(HISTORIES, { nip: NIP }, ADMIN)).data!.employee;
    expect(read.rankHistory).toEqual([{ tmt: '2024-03-01', golongan: 'III_A', decreeNumber: '800/BKPSDM/2024/11' }]);
    // The highest level completed becomes the employee's education.
    expect(read.education).toBe('S2');
    expect(read.educationHistory).toHaveLength(2);
  });

  it("treats another agency's employees as unknown and refuses the file as a whole", async () => {
    const before = await counts();
    const result = await run('RATING', `nip,tahun,predikat,penilai\n${NIP},2023,Baik,Kepala\n`, false, OTHER_ADMIN);
    expect(result.errors![0]!.extensions!.rows).toEqual([{ line: 2, field: 'nip', reason: 'EMPLOYEE_NOT_FOUND' }]);
    expect(await counts()).toEqual(before);
  });
});
