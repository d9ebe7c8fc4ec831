// The SIASN exports through the gateway (docs/siasn.md): an ASN's own riwayat diklat/kursus of a period, the CSV
// importing back through the past-trainings import unchanged, a unit's export at a constant SQL cost; and the
// certification subgraph's riwayat sertifikasi of the same person and units, also at a constant cost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { withServiceDatabase } from '../support/service-database.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const RECORD_FIELDS = `nipBaru namaKursus jenisKursus category jumlahJam tanggalKursus tanggalSelesaiKursus tahunKursus
  institusiPenyelenggara nomorSertipikat source`;
const OWN = /* GraphQL */ `
  query ($id: ID!, $from: Date!, $to: Date!) {
    employee(id: $id) {
      siasnKursus(from: $from, to: $to) {
        records {
          employee {
            id
          }
          ${RECORD_FIELDS}
        }
        csv
      }
    }
  }
`;
const UNIT = /* GraphQL */ `
  query ($id: ID!, $from: Date!, $to: Date!) {
    unit(id: $id) {
      siasnKursus(from: $from, to: $to) {
        records {
          employee {
            id
          }
          nipBaru
          namaKursus
        }
        csv
      }
    }
  }
`;
const IMPORT = /* GraphQL */ `
  mutation ($input: ImportPastTrainingsInput!) {
    importPastTrainings(input: $input) {
      title
      category
      jp
      startDate
      endDate
      providerName
      certificateNumber
    }
  }
`;

const SERTIFIKASI_EMPLOYEE = /* GraphQL */ `
  query ($id: ID!, $from: Date!, $to: Date!) {
    employee(id: $id) {
      certificates {
        number
        issuedOn
        verifiedOn
        revokedOn
      }
      siasnSertifikasi(from: $from, to: $to) {
        records {
          nipBaru
          nomorSertifikat
          tanggalSertifikat
          masaBerlakuSertSelasai
          lembagaSertifikasiNama
        }
        csv
      }
    }
  }
`;
const SERTIFIKASI_UNIT = /* GraphQL */ `
  query ($id: ID!, $from: Date!, $to: Date!) {
    unit(id: $id) {
      siasnSertifikasi(from: $from, to: $to) {
        records {
          employee {
            id
          }
        }
      }
    }
  }
`;

interface Kursus {
  employee: { id: string };
  namaKursus: string;
  category: string;
  jumlahJam: number;
  tanggalKursus: string;
  tanggalSelesaiKursus: string;
  institusiPenyelenggara: string | null;
  nomorSertipikat: string | null;
  [field: string]: unknown;
}

describe.each(DATABASES)('the SIASN exports on %s', (database) => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ database, env: { CLOCK_AT: '2026-11-02T03:00:00Z' } });
    await withServiceDatabase(stack, 'training', async (db) => {
      const columns = `employee_id, agency_id, training_id, title, form, category, start_date, end_date, jp,
        provider_id, provider_name, certificate_number, status, source, recorded_by, verified_by, verified_on`;
      await db.query(
        `INSERT INTO past_training (${columns}) VALUES
          (14, 1, NULL, 'Diklat PIM IV, angkatan "II"', 'CLASSICAL', 'LEADERSHIP', '2018-02-05', '2018-05-30', 285,
           NULL, 'BPSDM Provinsi Maluku', '800/118/BPSDM/2018', 'VERIFIED', 'ADMIN', 'admin.ambon', 'admin.ambon', '2026-01-05'),
          (14, 1, NULL, 'Bimtek SPBE', 'CLASSICAL', 'TECHNICAL_GUIDANCE', '2018-09-10', '2018-09-12', 24,
           NULL, NULL, NULL, 'VERIFIED', 'SIASN_IMPORT', 'admin.ambon', 'admin.ambon', '2026-01-05'),
          (14, 1, NULL, 'Menunggu verifikasi', 'CLASSICAL', 'COURSE', '2018-10-01', '2018-10-02', 8,
           NULL, NULL, NULL, 'PENDING', 'SELF', 'asn.ambon.1', NULL, NULL),
          (14, 1, NULL, 'Di luar periode', 'CLASSICAL', 'COURSE', '2017-12-20', '2017-12-28', 8,
           NULL, NULL, NULL, 'VERIFIED', 'ADMIN', 'admin.ambon', 'admin.ambon', '2026-01-05')`,
      );
      await db.query(
        `INSERT INTO training_session (id, training_id, name, start_date, end_date, mode, location, capacity,
           seats_taken, registration_deadline, agency_id, cancelled_on)
         VALUES (9101, 1, 'Uji SIASN', '2018-11-05', '2018-11-07', 'ONLINE', 'Daring', 10, 1, '2018-10-20', 1, NULL)`,
      );
      await db.query(
        `INSERT INTO enrolment (employee_id, session_id, live_session_id, training_id, agency_id, status,
           requested_on, jp_credited, completed_on, certificate_number)
         VALUES (14, 9101, NULL, 1, 1, 'COMPLETED', '2018-10-01', 16, '2018-11-07', 'STTPP/9101/2018')`,
      );
    });
  });
  afterAll(() => stack?.stop());

  it('gives an ASN their verified and completed trainings of the period, as records and as CSV', async () => {
    const token = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const result = await graphql(stack.gatewayUrl, OWN, { id: '14', from: '2018-01-01', to: '2018-12-31' }, { token });
    expect(result.errors).toBeUndefined();
    const { records, csv } = result.data!.employee.siasnKursus as { records: Kursus[]; csv: string };
    expect(records.map((record) => record.namaKursus)).toEqual([
      'Diklat PIM IV, angkatan "II"',
      'Bimtek SPBE',
      expect.any(String), // the catalog training of session 9101
    ]);
    expect(records[0]).toEqual({
      employee: { id: '14' },
      nipBaru: expect.stringMatching(/^\d{8} \d{6} [12] \d{3}$/),
      namaKursus: 'Diklat PIM IV, angkatan "II"',
      jenisKursus: 'Diklat Struktural',
      category: 'LEADERSHIP',
      jumlahJam: 285,
      tanggalKursus: '2018-02-05',
      tanggalSelesaiKursus: '2018-05-30',
      tahunKursus: 2018,
      institusiPenyelenggara: 'BPSDM Provinsi Maluku',
      nomorSertipikat: '800/118/BPSDM/2018',
      source: 'PAST_TRAINING',
    });
    expect(records[2]).toMatchObject({
      jumlahJam: 16,
      tanggalKursus: '2018-11-05',
      tanggalSelesaiKursus: '2018-11-07',
      nomorSertipikat: 'STTPP/9101/2018',
      source: 'ENROLMENT',
      institusiPenyelenggara: expect.any(String),
    });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'nipBaru,namaKursus,jenisKursus,jumlahJam,tanggalKursus,tanggalSelesaiKursus,tahunKursus,' +
        'institusiPenyelenggara,nomorSertipikat',
    );
    expect(lines[1]).toBe(
      `${records[0]!.nipBaru as string},"Diklat PIM IV, angkatan ""II""",Diklat Struktural,285,05-02-2018,30-05-2018,` +
        '2018,BPSDM Provinsi Maluku,800/118/BPSDM/2018',
    );
    expect(lines).toHaveLength(4);
  });

  it('imports its own CSV back to the same trainings (the preview of the past-trainings import)', async () => {
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    const exported = await graphql(
      stack.gatewayUrl,
      OWN,
      { id: '14', from: '2018-01-01', to: '2018-12-31' },
      { token: admin },
    );
    expect(exported.errors).toBeUndefined();
    const { records, csv } = exported.data!.employee.siasnKursus as { records: Kursus[]; csv: string };
    const imported = await graphql(
      stack.gatewayUrl,
      IMPORT,
      { input: { employeeId: '15', csv, dryRun: true } },
      { token: admin },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importPastTrainings).toEqual(
      records.map((record) => ({
        title: record.namaKursus,
        category: record.category,
        jp: record.jumlahJam,
        startDate: record.tanggalKursus,
        endDate: record.tanggalSelesaiKursus,
        providerName: record.institusiPenyelenggara,
        certificateNumber: record.nomorSertipikat,
      })),
    );
  });

  it('refuses a period that ends before it starts, as BAD_USER_INPUT on to', async () => {
    const token = await signIn(stack.gatewayUrl, 'asn.ambon.1');
    const result = await graphql(stack.gatewayUrl, OWN, { id: '14', from: '2019-01-01', to: '2018-12-31' }, { token });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('exports a unit and the whole agency with the same SQL statements in training', async () => {
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    const period = { from: '2015-01-01', to: '2026-12-31' };
    const measure = async (id: string) => {
      const before = await stack.stats();
      const result = await graphql(stack.gatewayUrl, UNIT, { id, ...period }, { token: admin });
      const after = await stack.stats();
      expect(result.errors).toBeUndefined();
      const { records } = result.data!.unit.siasnKursus as { records: { employee: { id: string } }[] };
      return {
        people: new Set(records.map((record) => record.employee.id)).size,
        records: records.length,
        training: after.training!.sqlStatements - before.training!.sqlStatements,
        personnel: after.personnel!.sqlStatements - before.personnel!.sqlStatements,
      };
    };
    const unit = await measure('6');
    const agency = await measure('1');
    console.info(
      `SIASN export on ${database}: unit 6 ${unit.records} records of ${unit.people} people in ${unit.training} ` +
        `training statements (${unit.personnel} personnel); the agency ${agency.records} records of ` +
        `${agency.people} people in ${agency.training} (${agency.personnel})`,
    );
    expect(agency.records).toBeGreaterThan(unit.records);
    expect(agency.people).toBeGreaterThan(unit.people);
    expect(agency.training).toBe(unit.training);
  });

  it('gives the administrator a person’s verified, unrevoked certificates of the period as riwayat sertifikasi', async () => {
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    const period = { from: '2000-01-01', to: '2026-12-31' };
    const result = await graphql(stack.gatewayUrl, SERTIFIKASI_EMPLOYEE, { id: '14', ...period }, { token: admin });
    expect(result.errors).toBeUndefined();
    const { certificates, siasnSertifikasi } = result.data!.employee as {
      certificates: { number: string; issuedOn: string; verifiedOn: string | null; revokedOn: string | null }[];
      siasnSertifikasi: { records: { nipBaru: string; nomorSertifikat: string }[]; csv: string };
    };
    const expected = certificates.filter((row) => row.verifiedOn !== null && row.revokedOn === null);
    expect(siasnSertifikasi.records.map((record) => record.nomorSertifikat).sort()).toEqual(
      expected.map((row) => row.number).sort(),
    );
    for (const record of siasnSertifikasi.records) expect(record.nipBaru).toMatch(/^\d{8} \d{6} [12] \d{3}$/);
    const lines = siasnSertifikasi.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'nipBaru,namaSertifikasi,nomorSertifikat,tanggalSertifikat,masaBerlakuSertMulai,masaBerlakuSertSelasai,' +
        'lembagaSertifikasiNama',
    );
    expect(lines).toHaveLength(siasnSertifikasi.records.length + 1);
  });

  it('exports a unit’s and the whole agency’s certificates with the same SQL statements in certification', async () => {
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    const period = { from: '2000-01-01', to: '2026-12-31' };
    const measure = async (id: string) => {
      const before = await stack.stats();
      const result = await graphql(stack.gatewayUrl, SERTIFIKASI_UNIT, { id, ...period }, { token: admin });
      const after = await stack.stats();
      expect(result.errors).toBeUndefined();
      const { records } = result.data!.unit.siasnSertifikasi as { records: { employee: { id: string } }[] };
      return {
        people: new Set(records.map((record) => record.employee.id)).size,
        records: records.length,
        certification: after.certification!.sqlStatements - before.certification!.sqlStatements,
      };
    };
    const unit = await measure('6');
    const agency = await measure('1');
    console.info(
      `SIASN sertifikasi on ${database}: unit 6 ${unit.records} records of ${unit.people} people in ` +
        `${unit.certification} certification statements; the agency ${agency.records} of ${agency.people} in ` +
        `${agency.certification}`,
    );
    expect(agency.people).toBeGreaterThan(unit.people);
    expect(agency.certification).toBe(unit.certification);
  });
});
