// Retired master rows, on both databases: every write that references a competency, position, training, provider,
// scheme or issuer refuses a retired one (RETIRED, on the field, nothing written), the same write with the row in use
// succeeds, and the lists for choosing leave retired rows out unless asked. Each subgraph runs in process on its
// seeded database, acting as the Ambon administrator.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificationSubgraph } from '@asn/certification';
import { personnelSubgraph } from '@asn/personnel';
import { trainingSubgraph } from '@asn/training';
import { startInProcessSubgraph, type InProcessSubgraph } from '../support/in-process-subgraph.js';
import { ADMIN, count, fieldOf, mutation, reasonOf } from '../support/master-data-callers.js';
import {
  competencyInput,
  issuerInput,
  positionInput,
  providerInput,
  schemeInput,
  trainingInput,
} from '../support/master-data-fixtures.js';
import { DATABASES } from '../support/test-config.js';

describe.each(DATABASES)('retired master data on %s', (database) => {
  let training: InProcessSubgraph;
  let personnel: InProcessSubgraph;
  let certification: InProcessSubgraph;
  const serial = { n: 0, next: () => ++serial.n };

  beforeAll(async () => {
    [training, personnel, certification] = await Promise.all([
      startInProcessSubgraph(trainingSubgraph, database, 'asn_rt_tr'),
      startInProcessSubgraph(personnelSubgraph, database, 'asn_rt_pe'),
      startInProcessSubgraph(certificationSubgraph, database, 'asn_rt_ce'),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([training?.stop(), personnel?.stop(), certification?.stop()]);
  });

  /** Runs a write as the Ambon administrator and returns the id it answers with; any error fails the test. */
  async function create(subgraph: InProcessSubgraph, field: string, inputType: string, input: unknown) {
    const result = await subgraph.execute(mutation(field, inputType, 'id'), { input }, ADMIN);
    expect(result.errors, field).toBeUndefined();
    return (result.data![field] as { id: string }).id;
  }

  /** The ids a list for choosing offers, without or with the retired rows. */
  async function listedIds(subgraph: InProcessSubgraph, field: string, includeRetired: boolean) {
    const query = `query ($all: Boolean!) { ${field}(includeRetired: $all) { id } }`;
    const result = await subgraph.execute(query, { all: includeRetired }, ADMIN);
    return (result.data![field] as { id: string }[]).map((row) => row.id);
  }

  /** The write is refused with RETIRED on the field and its table keeps its row count. */
  async function expectRetired(
    subgraph: InProcessSubgraph,
    table: string,
    document: string,
    input: unknown,
    field: string,
  ) {
    const before = await count(subgraph, table);
    const result = await subgraph.execute(document, { input }, ADMIN);
    expect({ reason: reasonOf(result), field: fieldOf(result) }).toEqual({ reason: 'RETIRED', field });
    expect(await count(subgraph, table)).toBe(before);
  }

  describe('personnel: competencies and positions', () => {
    const ASSESS = mutation('recordAssessment', 'RecordAssessmentInput', 'id');
    const STANDARD = mutation('setPositionStandard', 'SetPositionStandardInput', 'id');
    const MENTOR = mutation('startMentorship', 'StartMentorshipInput', 'id');
    const LADDER = mutation('createCareerLadderEdge', 'CreateCareerLadderEdgeInput', 'id');
    const POST = mutation('recordPosition', 'RecordPositionInput', 'id');
    const competency = () => create(personnel, 'saveCompetency', 'CompetencyInput', competencyInput(serial));
    const retire = (field: string, id: string) =>
      personnel.execute(mutation(field, 'RetirePersonnelRowInput', 'retiredOn'), { input: { id } }, ADMIN);
    const assessment = (competencyId: string) => ({
      employeeId: '5',
      competencyId,
      level: 3,
      source: 'ASSESSMENT_CENTER',
      assessedOn: '2025-01-15',
    });

    it('refuses a retired competency in a new assessment, an import row, a mentorship focus; in use it is taken', async () => {
      const kept = await competency();
      const retired = await competency();
      expect((await personnel.execute(ASSESS, { input: assessment(kept) }, ADMIN)).errors).toBeUndefined();
      expect((await retire('retireCompetency', retired)).errors).toBeUndefined();
      await expectRetired(personnel, 'assessment', ASSESS, assessment(retired), 'input.competencyId');

      const nip = (await personnel.execute('{ employee(id: "5") { nip } }', {}, ADMIN)).data!.employee.nip as string;
      const csv = `nip,competency_code,level,date\n${nip},UJI${serial.n - 1},3,2025-02-03\n${nip},UJI${serial.n},3,2025-02-03\n`;
      const before = await count(personnel, 'assessment');
      const imported = await personnel.execute(
        mutation('importAssessments', 'ImportAssessmentsInput', 'imported'),
        { input: { csv, assessor: 'Pusat Asesmen' } },
        ADMIN,
      );
      // Line 3 (the second data row) names the retired competency; nothing of the file is saved.
      expect(imported.errors?.[0]?.extensions).toMatchObject({
        reason: 'CSV_ROWS_INVALID',
        rows: [{ line: 3, field: 'competencyCode', reason: 'RETIRED' }],
      });
      expect(await count(personnel, 'assessment')).toBe(before);

      const focus = (competencyId: string) => ({
        mentorId: '1',
        menteeId: '14',
        startsOn: '2025-01-06',
        focusCompetencyIds: [kept, competencyId],
      });
      await expectRetired(personnel, 'mentorship', MENTOR, focus(retired), 'input.focusCompetencyIds.1');
    });

    it('keeps a retired competency already in a position standard, but never adds one anew', async () => {
      const first = await competency();
      const second = await competency();
      const standard = (items: [string, number][]) => ({
        positionId: '7',
        items: items.map(([competencyId, requiredLevel]) => ({ competencyId, requiredLevel })),
      });
      expect((await personnel.execute(STANDARD, { input: standard([[first, 2]]) }, ADMIN)).errors).toBeUndefined();
      await retire('retireCompetency', first);
      await retire('retireCompetency', second);
      const relevelled = await personnel.execute(STANDARD, { input: standard([[first, 3]]) }, ADMIN);
      expect(relevelled.errors).toBeUndefined();
      await expectRetired(
        personnel,
        'competency_standard',
        STANDARD,
        standard([
          [first, 3],
          [second, 2],
        ]),
        'input.items.1.competencyId',
      );
      const lines = await personnel.dataSource.query(
        'SELECT competency_id, required_level FROM competency_standard WHERE position_id = 7',
      );
      expect(
        lines.map((row: Record<string, unknown>) => [Number(row.competency_id), Number(row.required_level)]),
      ).toEqual([[Number(first), 3]]);
    });

    it('refuses a retired position as a career move or a new current post, and lists it only when asked', async () => {
      const position = await create(personnel, 'savePosition', 'PositionInput', positionInput(6));
      const edge = (toPositionId: string) => ({
        fromPositionId: '7',
        toPositionId,
        kind: 'VERTICAL',
        minYearsInPosition: 2,
      });
      // In use it is a move; taken out again, the same move is refused once the position is retired.
      const edgeId = await create(personnel, 'createCareerLadderEdge', 'CreateCareerLadderEdgeInput', edge(position));
      const removed = await personnel.execute(
        'mutation ($input: RemoveCareerLadderEdgeInput!) { removeCareerLadderEdge(input: $input) }',
        { input: { id: edgeId } },
        ADMIN,
      );
      expect(removed.errors).toBeUndefined();
      expect((await retire('retirePosition', position)).errors).toBeUndefined();
      await expectRetired(personnel, 'career_ladder_edge', LADDER, edge(position), 'input.toPositionId');
      const post = { employeeId: '5', positionId: position, fromDate: '2026-11-30' };
      await expectRetired(personnel, 'position_history', POST, post, 'input.positionId');

      expect(await listedIds(personnel, 'positions', false)).not.toContain(position);
      expect(await listedIds(personnel, 'positions', true)).toContain(position);
    });
  });

  describe('training: trainings and providers', () => {
    const SESSION = mutation('createTrainingSession', 'CreateTrainingSessionInput', 'id');
    const ENROL = mutation('requestEnrolment', 'RequestEnrolmentInput', 'id');
    const PLAN = mutation('addTrainingsToPlan', 'AddTrainingsToPlanInput', 'id');
    const session = (trainingId: string) => ({
      trainingId,
      name: `Angkatan ${serial.next()}`,
      startDate: '2027-03-10',
      endDate: '2027-03-12',
      mode: 'OFFLINE',
      location: 'Ambon',
      capacity: 20,
      registrationDeadline: '2027-03-01',
    });
    const catalogTraining = (providerId: string) =>
      create(training, 'saveTraining', 'TrainingInput', trainingInput(serial, providerId));
    const retire = (field: string, id: string) =>
      training.execute(mutation(field, 'RetireInput', 'retiredOn'), { input: { id } }, ADMIN);

    it('refuses a retired training or one of a retired provider in new sessions, enrolments and plan items', async () => {
      const provider = await create(training, 'saveProvider', 'ProviderInput', providerInput(serial));
      const ofProvider = await catalogTraining(provider);
      const retiredTraining = await catalogTraining('1');
      // In use: a session of each opens and takes a request.
      const open = await create(training, 'createTrainingSession', 'CreateTrainingSessionInput', session(ofProvider));
      const other = await create(
        training,
        'createTrainingSession',
        'CreateTrainingSessionInput',
        session(retiredTraining),
      );
      expect((await retire('retireProvider', provider)).errors).toBeUndefined();
      expect((await retire('retireTraining', retiredTraining)).errors).toBeUndefined();

      await expectRetired(training, 'training_session', SESSION, session(ofProvider), 'input.trainingId');
      await expectRetired(training, 'training_session', SESSION, session(retiredTraining), 'input.trainingId');
      await expectRetired(training, 'enrolment', ENROL, { employeeId: '5', sessionId: open }, 'input.sessionId');
      await expectRetired(training, 'enrolment', ENROL, { employeeId: '5', sessionId: other }, 'input.sessionId');
      const plan = (trainingId: string) => ({
        employeeId: '5',
        year: 2027,
        items: [{ trainingId: '1' }, { trainingId }],
      });
      await expectRetired(training, 'development_plan_item', PLAN, plan(ofProvider), 'input.items.1.trainingId');
      await expectRetired(training, 'development_plan_item', PLAN, plan(retiredTraining), 'input.items.1.trainingId');
    });
  });

  describe('certification: schemes and issuers', () => {
    const RECORD = mutation('recordCertificate', 'RecordCertificateInput', 'id');
    const RENEW = mutation('renewCertificate', 'RenewCertificateInput', 'id');
    const certificate = (schemeId: string) => ({
      employeeId: '5',
      schemeId,
      number: `RT-${serial.next()}`,
      issuedOn: '2024-05-02',
    });

    it('refuses a new certificate or a renewal under a scheme whose issuer is retired; issuers listed only when asked', async () => {
      const issuer = await create(certification, 'saveIssuer', 'IssuerInput', issuerInput(serial));
      const scheme = await create(certification, 'saveScheme', 'SchemeInput', {
        ...schemeInput(serial),
        issuerId: issuer,
      });
      const issued = await create(certification, 'recordCertificate', 'RecordCertificateInput', certificate(scheme));
      const retired = await certification.execute(
        mutation('retireIssuer', 'RetireIssuerInput', 'retiredOn'),
        { input: { issuerId: issuer } },
        ADMIN,
      );
      expect(retired.errors).toBeUndefined();
      await expectRetired(certification, 'certificate', RECORD, certificate(scheme), 'input.schemeId');
      const renewal = { certificateId: issued, number: `RT-${serial.next()}`, issuedOn: '2025-05-02' };
      await expectRetired(certification, 'certificate', RENEW, renewal, 'input.certificateId');

      expect(await listedIds(certification, 'issuers', false)).not.toContain(issuer);
      expect(await listedIds(certification, 'issuers', true)).toContain(issuer);
    });

    it('refuses a renewal under a retired scheme', async () => {
      const scheme = await create(certification, 'saveScheme', 'SchemeInput', schemeInput(serial));
      const issued = await create(certification, 'recordCertificate', 'RecordCertificateInput', certificate(scheme));
      // Retired, the certificate issued under it stays readable; its renewal does not happen.
      const retired = await certification.execute(
        mutation('retireScheme', 'RetireSchemeInput', 'retiredOn'),
        { input: { schemeId: scheme } },
        ADMIN,
      );
      expect(retired.errors).toBeUndefined();
      const renewal = { certificateId: issued, number: `RT-${serial.next()}`, issuedOn: '2025-05-02' };
      await expectRetired(certification, 'certificate', RENEW, renewal, 'input.certificateId');
    });
  });
});
