// Master data and past trainings, on both databases: each subgraph in process on its seeded database,
// acting as the Ambon administrator (agency 1), the Mamuju administrator (agency 2), a manager and an ASN.
// Hand-worked: a past training counted in the year of its end date, a unit move rewriting its descendants' paths,
// a retired scheme still read on the certificate issued under it.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificationSubgraph } from '@asn/certification';
import { personnelSubgraph } from '@asn/personnel';
import { trainingSubgraph } from '@asn/training';
import { startInProcessSubgraph, type InProcessSubgraph } from '../support/in-process-subgraph.js';
import {
  ADMIN,
  ASN_1,
  MANAGER,
  OTHER_ADMIN,
  count,
  fieldOf,
  mutation,
  reasonOf,
} from '../support/master-data-callers.js';
import { DATABASES } from '../support/test-config.js';

describe.each(DATABASES)('master data and past trainings on %s', (database) => {
  let training: InProcessSubgraph;
  let personnel: InProcessSubgraph;
  let certification: InProcessSubgraph;

  beforeAll(async () => {
    [training, personnel, certification] = await Promise.all([
      startInProcessSubgraph(trainingSubgraph, database, 'asn_md_tr'),
      startInProcessSubgraph(personnelSubgraph, database, 'asn_md_pe'),
      startInProcessSubgraph(certificationSubgraph, database, 'asn_md_ce'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([training?.stop(), personnel?.stop(), certification?.stop()]);
  });

  describe('past trainings (training)', () => {
    const RECORD = mutation('recordPastTraining', 'PastTrainingInput', 'id status jp endDate');
    const SUBMIT = mutation('submitPastTraining', 'PastTrainingInput', 'id status');
    const VERIFY = mutation('verifyPastTraining', 'VerifyPastTrainingInput', 'id status verifiedBy');
    const IMPORT = mutation('importPastTrainings', 'ImportPastTrainingsInput', 'id title jp endDate source');
    const REJECT = mutation('rejectPastTraining', 'RejectPastTrainingInput', 'id status rejectionReason verifiedBy');
    const QUEUE = `query { pastTrainingsToVerify { id status employee { id } } }`;
    const JP = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Employee { jp(year: 2023) { earned } later: jp(year: 2024) { earned } } } }`;
    const jpOf = async (employeeId: string) => {
      const result = await training.execute(
        JP,
        { reps: [{ __typename: 'Employee', id: employeeId, employeeType: 'PNS' }] },
        ADMIN,
      );
      const row = result.data!._entities[0];
      return { y2023: row.jp.earned as number, y2024: row.later.earned as number };
    };
    const external = (employeeId: string, extra: Record<string, unknown> = {}) => ({
      employeeId,
      title: 'Bimtek Penerapan SPBE',
      form: 'CLASSICAL',
      category: 'TECHNICAL_GUIDANCE',
      // Starts in 2023, ends in 2024: it counts in 2024, the year of its end date.
      startDate: '2023-12-28',
      endDate: '2024-01-04',
      jp: 32,
      providerName: 'Kementerian Kominfo',
      certificateNumber: '500/KOMINFO/2024',
      ...extra,
    });

    it('counts an administrator’s record in the calendar year of its end date, not of its start', async () => {
      const before = await jpOf('5');
      const recorded = await training.execute(RECORD, { input: external('5') }, ADMIN);
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordPastTraining).toMatchObject({ status: 'VERIFIED', jp: 32, endDate: '2024-01-04' });
      expect(await jpOf('5')).toEqual({ y2023: before.y2023, y2024: before.y2024 + 32 });
    });

    it('counts a submitted one only once an administrator verifies it, never by its owner', async () => {
      const before = await jpOf('1');
      const submitted = await training.execute(SUBMIT, { input: external('1', { jp: 8 }) }, ASN_1);
      expect(submitted.data!.submitPastTraining.status).toBe('PENDING');
      expect(await jpOf('1')).toEqual(before);
      const input = { pastTrainingId: submitted.data!.submitPastTraining.id };
      expect(reasonOf(await training.execute(VERIFY, { input }, ASN_1))).toBe('FORBIDDEN');
      expect(reasonOf(await training.execute(VERIFY, { input }, MANAGER))).toBe('FORBIDDEN');
      expect(reasonOf(await training.execute(VERIFY, { input }, OTHER_ADMIN))).toBe('FORBIDDEN');
      const verified = await training.execute(VERIFY, { input }, ADMIN);
      expect(verified.data!.verifyPastTraining).toMatchObject({ status: 'VERIFIED', verifiedBy: 'admin.ambon' });
      expect(await jpOf('1')).toEqual({ ...before, y2024: before.y2024 + 8 });
      expect(reasonOf(await training.execute(VERIFY, { input }, ADMIN))).toBe('INVALID_TRANSITION');
    });

    it('queues a submitted one for its agency’s administrator; rejected with a reason, it counts nothing', async () => {
      const before = await jpOf('1');
      const submitted = await training.execute(SUBMIT, { input: external('1', { jp: 6 }) }, ASN_1);
      const id: string = submitted.data!.submitPastTraining.id;
      const queue = async (identity: typeof ADMIN) =>
        ((await training.execute(QUEUE, {}, identity)).data?.pastTrainingsToVerify ?? []) as { id: string }[];
      expect(await queue(ADMIN)).toContainEqual({ id, status: 'PENDING', employee: { id: '1' } });
      expect((await queue(OTHER_ADMIN)).map((row) => row.id)).not.toContain(id);
      for (const caller of [ASN_1, MANAGER]) {
        expect(reasonOf(await training.execute(QUEUE, {}, caller))).toBe('FORBIDDEN');
      }
      const reject = (reason: string, identity = ADMIN) =>
        training.execute(REJECT, { input: { pastTrainingId: id, reason } }, identity);
      const blank = await reject('  ');
      expect([fieldOf(blank), reasonOf(blank)]).toEqual(['input.reason', 'TEXT_REQUIRED']);
      expect(reasonOf(await reject('Bukan saya', ASN_1))).toBe('FORBIDDEN');
      expect(reasonOf(await reject('Bukan instansi kami', OTHER_ADMIN))).toBe('FORBIDDEN');
      const rejected = await reject('Sertifikat tidak terbaca');
      expect(rejected.data!.rejectPastTraining).toEqual({
        id,
        status: 'REJECTED',
        rejectionReason: 'Sertifikat tidak terbaca',
        verifiedBy: 'admin.ambon',
      });
      expect((await queue(ADMIN)).map((row) => row.id)).not.toContain(id);
      expect(await jpOf('1')).toEqual(before);
      expect(reasonOf(await training.execute(VERIFY, { input: { pastTrainingId: id } }, ADMIN))).toBe(
        'INVALID_TRANSITION',
      );
    });

    it.each([
      ['an end before the start', { endDate: '2023-12-01' }, 'input.endDate', 'DATES_INVALID'],
      ['an end in the future', { startDate: '2099-01-01', endDate: '2099-01-02' }, 'input.endDate', 'DATES_INVALID'],
      ['no JP', { jp: 0 }, 'input.jp', 'VALUE_OUT_OF_RANGE'],
      ['no title and no catalog training', { title: ' ' }, 'input.title', 'TEXT_REQUIRED'],
    ])('refuses %s as BAD_USER_INPUT on the field, writing nothing', async (_rule, change, field, reason) => {
      const before = await count(training, 'past_training');
      const result = await training.execute(RECORD, { input: external('5', change) }, ADMIN);
      expect([fieldOf(result), reasonOf(result)]).toEqual([field, reason]);
      expect(await count(training, 'past_training')).toBe(before);
    });

    it('refuses a manager and another agency’s administrator, writing nothing', async () => {
      const before = await count(training, 'past_training');
      expect(reasonOf(await training.execute(RECORD, { input: external('2') }, MANAGER))).toBe('FORBIDDEN');
      expect(reasonOf(await training.execute(RECORD, { input: external('2') }, OTHER_ADMIN))).toBe('FORBIDDEN');
      expect(await count(training, 'past_training')).toBe(before);
    });

    it('imports a SIASN riwayat kursus export whole, or nothing with every bad row', async () => {
      const header =
        'namaKursus;jenisKursus;jumlahJam;tanggalKursus;tanggalSelesaiKursus;tahunKursus;institusiPenyelenggara;nomorSertipikat\n';
      const good = 'Kursus Bahasa Inggris;Kursus;40;01-03-2023;30-03-2023;2023;LBPP LIA;LIA/2023/77\n';
      const before = await count(training, 'past_training');
      const bad = await training.execute(
        IMPORT,
        { input: { employeeId: '7', csv: `${header}${good}Magang;Magang;abc;01-03-2023;;2023;;\n` } },
        ADMIN,
      );
      expect([fieldOf(bad), reasonOf(bad)]).toEqual(['input.csv', 'CSV_ROWS_INVALID']);
      expect(bad.errors![0]!.extensions!.rows).toEqual([{ line: 3, field: 'jumlahJam', reason: 'VALUE_OUT_OF_RANGE' }]);
      expect(await count(training, 'past_training')).toBe(before);
      const jpBefore = await jpOf('7');
      // The preview checks the same rows and saves none.
      const preview = await training.execute(
        IMPORT,
        { input: { employeeId: '7', csv: header + good, dryRun: true } },
        ADMIN,
      );
      expect(preview.data!.importPastTrainings).toEqual([
        { id: '0', title: 'Kursus Bahasa Inggris', jp: 40, endDate: '2023-03-30', source: 'SIASN_IMPORT' },
      ]);
      expect(await count(training, 'past_training')).toBe(before);
      const imported = await training.execute(IMPORT, { input: { employeeId: '7', csv: header + good } }, ADMIN);
      expect(imported.data!.importPastTrainings).toEqual([
        expect.objectContaining({
          title: 'Kursus Bahasa Inggris',
          jp: 40,
          endDate: '2023-03-30',
          source: 'SIASN_IMPORT',
        }),
      ]);
      expect(await jpOf('7')).toEqual({ ...jpBefore, y2023: jpBefore.y2023 + 40 });
      const refused = await training.execute(IMPORT, { input: { employeeId: '7', csv: header + good } }, OTHER_ADMIN);
      expect(reasonOf(refused)).toBe('FORBIDDEN');
    });
  });

  describe('catalog, providers and sessions (training)', () => {
    const SAVE_PROVIDER = mutation('saveProvider', 'ProviderInput', 'id name retiredOn');
    const SAVE_TRAINING = mutation(
      'saveTraining',
      'TrainingInput',
      'id code jp retiredOn competencies { maxLevel } prerequisites { id }',
    );
    const RETIRE_TRAINING = mutation('retireTraining', 'RetireInput', 'id retiredOn');
    const CREATE_SESSION = mutation('createTrainingSession', 'CreateTrainingSessionInput', 'id');
    const UPDATE_SESSION = mutation('updateTrainingSession', 'UpdateTrainingSessionInput', 'id capacity location');
    const CANCEL_SESSION = mutation(
      'cancelTrainingSession',
      'CancelTrainingSessionInput',
      'id cancelledOn cancelReason',
    );
    const REQUEST = mutation('requestEnrolment', 'RequestEnrolmentInput', 'id status');
    const trainingInput = (providerId: string, extra: Record<string, unknown> = {}) => ({
      code: `AMB-SPBE-${Math.floor(Math.random() * 1e6)}`,
      title: 'Pelatihan Arsitektur SPBE Kota Ambon',
      description: 'Arsitektur dan peta rencana SPBE pemerintah kota.',
      form: 'CLASSICAL',
      category: 'TECHNICAL',
      jp: 24,
      costPerParticipant: 1_500_000,
      providerId,
      competencies: [{ competencyId: '1', maxLevel: 3 }],
      prerequisiteIds: ['1'],
      ...extra,
    });
    const session = (trainingId: string) => ({
      trainingId,
      name: 'Angkatan I 2099',
      startDate: '2099-03-10',
      endDate: '2099-03-12',
      mode: 'OFFLINE',
      location: 'Ambon',
      capacity: 20,
      registrationDeadline: '2099-03-01',
    });
    let providerId: string;
    let trainingId: string;

    it('adds a provider and a training with competencies and prerequisites; retires the training', async () => {
      const provider = await training.execute(
        SAVE_PROVIDER,
        { input: { name: 'BPSDM Kota Ambon', kind: 'BPSDM' } },
        ADMIN,
      );
      providerId = provider.data!.saveProvider.id;
      const saved = await training.execute(SAVE_TRAINING, { input: trainingInput(providerId) }, ADMIN);
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveTraining).toMatchObject({
        jp: 24,
        retiredOn: null,
        competencies: [{ maxLevel: 3 }],
        prerequisites: [{ id: '1' }],
      });
      trainingId = saved.data!.saveTraining.id;
      const changed = await training.execute(
        SAVE_TRAINING,
        { input: { ...trainingInput(providerId, { jp: 30, prerequisiteIds: [] }), id: trainingId } },
        ADMIN,
      );
      expect(changed.data!.saveTraining).toMatchObject({ id: trainingId, jp: 30, prerequisites: [] });
    });

    it('marks the agency’s own training and provider editable for its administrator only, and lists them alone on request', async () => {
      const KEPT = `query ($id: ID!) { training(id: $id) { isEditable provider { isEditable } }
        national: training(id: "1") { isEditable provider { isEditable } }
        own: trainings(first: 100, filter: { ownOnly: true }) { edges { node { id } } } }`;
      const asAdmin = await training.execute(KEPT, { id: trainingId }, ADMIN);
      expect(asAdmin.data!.training).toEqual({ isEditable: true, provider: { isEditable: true } });
      expect(asAdmin.data!.national).toEqual({ isEditable: false, provider: { isEditable: false } });
      expect(asAdmin.data!.own.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(trainingId);
      for (const caller of [OTHER_ADMIN, MANAGER]) {
        const other = await training.execute(KEPT, { id: trainingId }, caller);
        expect(other.data!.training).toEqual({ isEditable: false, provider: { isEditable: false } });
      }
      const mamuju = await training.execute(KEPT, { id: trainingId }, OTHER_ADMIN);
      expect(mamuju.data!.own.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(trainingId);
    });

    it('refuses bad input on the field and other callers, writing nothing', async () => {
      const before = await count(training, 'training');
      const bad = await training.execute(SAVE_TRAINING, { input: trainingInput(providerId, { jp: -1 }) }, ADMIN);
      expect([fieldOf(bad), reasonOf(bad)]).toEqual(['input.jp', 'VALUE_OUT_OF_RANGE']);
      const level = await training.execute(
        SAVE_TRAINING,
        { input: trainingInput(providerId, { competencies: [{ competencyId: '1', maxLevel: 6 }] }) },
        ADMIN,
      );
      expect(fieldOf(level)).toBe('input.competencies.0.maxLevel');
      expect(reasonOf(await training.execute(SAVE_TRAINING, { input: trainingInput(providerId) }, MANAGER))).toBe(
        'FORBIDDEN',
      );
      const other = await training.execute(
        SAVE_TRAINING,
        { input: { ...trainingInput(providerId), id: trainingId } },
        OTHER_ADMIN,
      );
      expect(reasonOf(other)).toBe('FORBIDDEN');
      expect(await count(training, 'training')).toBe(before);
    });

    it('edits a session, then cancels it with its requests; a cancelled session takes no request', async () => {
      const created = await training.execute(CREATE_SESSION, { input: session(trainingId) }, ADMIN);
      const sessionId = created.data!.createTrainingSession.id;
      const { sessionId: _drop, ...fields } = { sessionId, ...session(trainingId) };
      const { trainingId: _t, ...editable } = fields;
      const edited = await training.execute(
        UPDATE_SESSION,
        { input: { ...editable, sessionId, capacity: 25, location: 'Hotel Swiss-Belhotel Ambon' } },
        ADMIN,
      );
      expect(edited.data!.updateTrainingSession).toEqual({
        id: sessionId,
        capacity: 25,
        location: 'Hotel Swiss-Belhotel Ambon',
      });
      const bad = await training.execute(UPDATE_SESSION, { input: { ...editable, sessionId, capacity: 0 } }, ADMIN);
      expect([fieldOf(bad), reasonOf(bad)]).toEqual(['input.capacity', 'VALUE_OUT_OF_RANGE']);
      expect(reasonOf(await training.execute(UPDATE_SESSION, { input: { ...editable, sessionId } }, OTHER_ADMIN))).toBe(
        'FORBIDDEN',
      );
      const requested = await training.execute(REQUEST, { input: { employeeId: '2', sessionId } }, ADMIN);
      expect(requested.data!.requestEnrolment.status).toBe('REQUESTED');
      const input = { sessionId, reason: 'Narasumber berhalangan.' };
      expect(reasonOf(await training.execute(CANCEL_SESSION, { input }, MANAGER))).toBe('FORBIDDEN');
      const cancelled = await training.execute(CANCEL_SESSION, { input }, ADMIN);
      expect(cancelled.data!.cancelTrainingSession).toMatchObject({ cancelReason: 'Narasumber berhalangan.' });
      const [enrolment] = await training.dataSource.query(
        `SELECT status, live_session_id AS live FROM enrolment WHERE id = ${Number(requested.data!.requestEnrolment.id)}`,
      );
      expect(enrolment).toEqual({ status: 'CANCELLED', live: null });
      const again = await training.execute(REQUEST, { input: { employeeId: '3', sessionId } }, ADMIN);
      expect(reasonOf(again)).toBe('SESSION_CANCELLED');
      const open = await training.execute(
        `query ($filter: SessionFilter) { sessions(filter: $filter) { edges { node { id } } } }`,
        { filter: { trainingId, openOnly: true } },
        ADMIN,
      );
      expect(open.data!.sessions.edges).toEqual([]);
    });

    it('keeps a retired training readable but opens no new session of it', async () => {
      const retired = await training.execute(RETIRE_TRAINING, { input: { id: trainingId } }, ADMIN);
      expect(retired.data!.retireTraining.retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const read = await training.execute(
        `query ($id: ID!) { training(id: $id) { id retiredOn } }`,
        { id: trainingId },
        ADMIN,
      );
      expect(read.data!.training.id).toBe(trainingId);
      const refused = await training.execute(CREATE_SESSION, { input: session(trainingId) }, ADMIN);
      expect([fieldOf(refused), reasonOf(refused)]).toEqual(['input.trainingId', 'RETIRED']);
      const plan = { employeeId: '9', year: 2031 };
      await training.execute(
        mutation('createDevelopmentPlan', 'CreateDevelopmentPlanInput', 'id'),
        { input: plan },
        ADMIN,
      );
      const planned = await training.execute(
        mutation('addTrainingsToPlan', 'AddTrainingsToPlanInput', 'id'),
        { input: { ...plan, items: [{ trainingId }] } },
        ADMIN,
      );
      expect([fieldOf(planned), reasonOf(planned)]).toEqual(['input.items.0.trainingId', 'RETIRED']);
    });
  });

  describe('units (personnel)', () => {
    const CREATE = mutation('createUnit', 'CreateUnitInput', 'id name');
    const MOVE = mutation('moveUnit', 'MoveUnitInput', 'id parent { id }');
    const RENAME = mutation('renameUnit', 'RenameUnitInput', 'id name');
    const pathOf = async (id: string) =>
      (await personnel.dataSource.query(`SELECT path FROM unit WHERE id = ${Number(id)}`))[0].path as string;
    const pad = (id: string | number) => String(id).padStart(6, '0');

    it('moves a unit with its sub-units; every descendant’s path follows', async () => {
      const create = async (parentId: string, name: string) =>
        (await personnel.execute(CREATE, { input: { parentId, name } }, ADMIN)).data!.createUnit.id as string;
      const a = await create('2', 'Bidang Uji A');
      const b = await create(a, 'Seksi Uji B');
      const c = await create(b, 'Subseksi Uji C');
      const rootOf2 = (await pathOf('2')).slice(0, -1);
      expect(await pathOf(c)).toBe(`${rootOf2}/${pad(a)}/${pad(b)}/${pad(c)}/`);
      const moved = await personnel.execute(MOVE, { input: { unitId: a, parentId: '3' } }, ADMIN);
      expect(moved.data!.moveUnit).toEqual({ id: a, parent: { id: '3' } });
      const base = await pathOf('3');
      expect([await pathOf(a), await pathOf(b), await pathOf(c)]).toEqual([
        `${base}${pad(a)}/`,
        `${base}${pad(a)}/${pad(b)}/`,
        `${base}${pad(a)}/${pad(b)}/${pad(c)}/`,
      ]);
      // Under its own descendant: refused, nothing rewritten.
      const cycle = await personnel.execute(MOVE, { input: { unitId: a, parentId: c } }, ADMIN);
      expect([fieldOf(cycle), reasonOf(cycle)]).toEqual(['input.parentId', 'UNIT_CYCLE']);
      expect(await pathOf(c)).toBe(`${base}${pad(a)}/${pad(b)}/${pad(c)}/`);
      expect(reasonOf(await personnel.execute(MOVE, { input: { unitId: a, parentId: '2' } }, MANAGER))).toBe(
        'FORBIDDEN',
      );
      expect(reasonOf(await personnel.execute(MOVE, { input: { unitId: a, parentId: '2' } }, OTHER_ADMIN))).toBe(
        'FORBIDDEN',
      );
      expect(await pathOf(a)).toBe(`${base}${pad(a)}/`);
    });

    it('renames, refusing a blank name and other callers, writing nothing', async () => {
      const before = await count(personnel, 'unit');
      const blank = await personnel.execute(RENAME, { input: { unitId: '4', name: '  ' } }, ADMIN);
      expect([fieldOf(blank), reasonOf(blank)]).toEqual(['input.name', 'TEXT_REQUIRED']);
      expect(reasonOf(await personnel.execute(CREATE, { input: { parentId: '1', name: 'X' } }, OTHER_ADMIN))).toBe(
        'FORBIDDEN',
      );
      expect(await count(personnel, 'unit')).toBe(before);
      const renamed = await personnel.execute(
        RENAME,
        { input: { unitId: '4', name: 'Bagian Umum dan Kepegawaian' } },
        ADMIN,
      );
      expect(renamed.data!.renameUnit.name).toBe('Bagian Umum dan Kepegawaian');
    });
  });

  describe('schemes (certification)', () => {
    const SAVE = mutation('saveScheme', 'SchemeInput', 'id code retiredOn validityMonths certifies { level }');
    const RETIRE = mutation('retireScheme', 'RetireSchemeInput', 'id retiredOn');
    const RECORD = mutation('recordCertificate', 'RecordCertificateInput', 'id');
    const scheme = (extra: Record<string, unknown> = {}) => ({
      code: `AMB-ARSIP-${Math.floor(Math.random() * 1e6)}`,
      name: 'Sertifikat Pengelola Arsip Dinamis Kota Ambon',
      issuerId: '1',
      validityMonths: 36,
      nationallyRecognised: false,
      competencies: [{ competencyId: '2', level: 2 }],
      requiredForPositionIds: ['7'],
      ...extra,
    });

    it('keeps a retired scheme on its certificate, records no new one under it, lists it only on request', async () => {
      const saved = await certification.execute(SAVE, { input: scheme() }, ADMIN);
      expect(saved.errors).toBeUndefined();
      const schemeId = saved.data!.saveScheme.id as string;
      const certificate = await certification.execute(
        RECORD,
        { input: { employeeId: '3', schemeId, number: 'ARS/2025/001', issuedOn: '2025-02-03' } },
        ADMIN,
      );
      const certificateId = certificate.data!.recordCertificate.id;
      expect(reasonOf(await certification.execute(RETIRE, { input: { schemeId } }, MANAGER))).toBe('FORBIDDEN');
      expect(reasonOf(await certification.execute(RETIRE, { input: { schemeId } }, OTHER_ADMIN))).toBe('FORBIDDEN');
      const retired = await certification.execute(RETIRE, { input: { schemeId } }, ADMIN);
      expect(retired.data!.retireScheme.retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const read = await certification.execute(
        `query ($id: ID!) { certificate(id: $id) { number scheme { id retiredOn } } }`,
        { id: certificateId },
        ADMIN,
      );
      expect(read.data!.certificate).toEqual({
        number: 'ARS/2025/001',
        scheme: { id: schemeId, retiredOn: expect.any(String) },
      });
      const refused = await certification.execute(
        RECORD,
        { input: { employeeId: '3', schemeId, number: 'ARS/2025/002', issuedOn: '2025-02-03' } },
        ADMIN,
      );
      expect([fieldOf(refused), reasonOf(refused)]).toEqual(['input.schemeId', 'RETIRED']);
      const list = `query ($filter: SchemeFilter) { schemes(filter: $filter, first: 100) { edges { node { id } } } }`;
      const ids = async (filter: Record<string, unknown>) =>
        (await certification.execute(list, { filter }, ADMIN)).data!.schemes.edges.map(
          (e: { node: { id: string } }) => e.node.id,
        );
      expect(await ids({ search: 'ARSIP' })).not.toContain(schemeId);
      expect(await ids({ search: 'ARSIP', includeRetired: true })).toContain(schemeId);
    });

    it('reads back what the scheme form edits: the positions that require it, and who may keep it', async () => {
      const saved = await certification.execute(SAVE, { input: scheme({ requiredForPositionIds: ['7', '9'] }) }, ADMIN);
      const KEPT = `query ($id: ID!) { scheme(id: $id) { isEditable requiredFor { id } issuer { isEditable } } }`;
      const id = saved.data!.saveScheme.id;
      expect((await certification.execute(KEPT, { id }, ADMIN)).data!.scheme).toEqual({
        isEditable: true,
        requiredFor: [{ id: '7' }, { id: '9' }],
        issuer: { isEditable: false },
      });
      for (const caller of [OTHER_ADMIN, MANAGER]) {
        expect((await certification.execute(KEPT, { id }, caller)).data!.scheme.isEditable).toBe(false);
      }
    });

    it('records a reminder to a holder, audited; refuses other callers and a revoked certificate', async () => {
      const REMIND = mutation('remindCertificateHolder', 'RemindCertificateHolderInput', 'id remindedOn remindedBy');
      const saved = await certification.execute(SAVE, { input: scheme() }, ADMIN);
      const recorded = await certification.execute(
        RECORD,
        {
          input: {
            employeeId: '4',
            schemeId: saved.data!.saveScheme.id,
            number: 'ARS/2025/010',
            issuedOn: '2025-02-03',
          },
        },
        ADMIN,
      );
      const certificateId = recorded.data!.recordCertificate.id as string;
      for (const caller of [OTHER_ADMIN, MANAGER]) {
        expect(reasonOf(await certification.execute(REMIND, { input: { certificateId } }, caller))).toBe('FORBIDDEN');
      }
      const reminded = await certification.execute(REMIND, { input: { certificateId } }, ADMIN);
      expect(reminded.errors).toBeUndefined();
      expect(reminded.data!.remindCertificateHolder).toEqual({
        id: certificateId,
        remindedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        remindedBy: expect.stringMatching(/^user:/),
      });
      const log = await certification.execute(
        `{ certificationAuditLog(first: 1) { action entityName entityId after } }`,
        {},
        ADMIN,
      );
      const [entry] = log.data!.certificationAuditLog;
      expect(entry).toMatchObject({ action: 'UPDATE', entityName: 'certificate', entityId: certificateId });
      expect(JSON.parse(entry.after)).toMatchObject({ remindedOn: reminded.data!.remindCertificateHolder.remindedOn });
      const revoke = mutation('revokeCertificate', 'RevokeCertificateInput', 'id');
      await certification.execute(revoke, { input: { certificateId, reason: 'Uji' } }, ADMIN);
      const late = await certification.execute(REMIND, { input: { certificateId } }, ADMIN);
      expect([fieldOf(late), reasonOf(late)]).toEqual(['input.certificateId', 'ALREADY_REVOKED']);
    });

    it('refuses bad input on the field and other callers, writing nothing; sets the window', async () => {
      const before = await count(certification, 'scheme');
      const bad = await certification.execute(SAVE, { input: scheme({ validityMonths: 0 }) }, ADMIN);
      expect([fieldOf(bad), reasonOf(bad)]).toEqual(['input.validityMonths', 'VALUE_OUT_OF_RANGE']);
      expect(reasonOf(await certification.execute(SAVE, { input: scheme() }, MANAGER))).toBe('FORBIDDEN');
      expect(await count(certification, 'scheme')).toBe(before);
      const window = `mutation ($input: SetExpiringWindowInput!) { setExpiringWindow(input: $input) }`;
      expect((await certification.execute(window, { input: { days: 120 } }, ADMIN)).data!.setExpiringWindow).toBe(120);
      const badDays = await certification.execute(window, { input: { days: 0 } }, ADMIN);
      expect([fieldOf(badDays), reasonOf(badDays)]).toEqual(['input.days', 'VALUE_OUT_OF_RANGE']);
      expect(reasonOf(await certification.execute(window, { input: { days: 90 } }, MANAGER))).toBe('FORBIDDEN');
    });
  });
});
