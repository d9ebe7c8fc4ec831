import type { Identity } from '@asn/common';
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@asn/common/testing';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { AS, createSeededPersonnel, snapshot } from '../testing/identities.js';

const STUDY =
  'id status level programme managerApprovedOn approvedOn rejectionReason graduatedOn canDecide canGraduate';
const APPLY = `mutation ($input: ApplyDegreeStudyInput!) { applyDegreeStudy(input: $input) { ${STUDY} } }`;
const APPROVE = `mutation ($input: DecideDegreeStudyInput!) { approveDegreeStudy(input: $input) { ${STUDY} } }`;
const REJECT = `mutation ($input: DecideDegreeStudyInput!) { rejectDegreeStudy(input: $input) { ${STUDY} } }`;
const REPORT = `mutation ($input: ReportDegreeStudyInput!) { reportDegreeStudy(input: $input) { semester gpa creditsEarned } }`;
const GRADUATE = `mutation ($input: GraduateDegreeStudyInput!) {
  graduateDegreeStudy(input: $input) { ${STUDY} serviceBondMonths serviceBondEndsOn } }`;
const LIST = `query ($status: DegreeStudyStatus) { degreeStudies(status: $status) {
  id status canDecide employee { id name } reports { semester gpa } } }`;
const TABLES = ['degree_study', 'degree_study_report', 'education_history', 'employee', 'audit_log'];

/** Pranata Komputer Ahli Pertama (employee 14, an S1 holder) asks for a funded master's degree. */
const S2 = {
  kind: 'TUGAS_BELAJAR',
  level: 'S2',
  programme: 'Magister Sistem Informasi',
  institution: 'Universitas Pattimura',
  funding: 'APBD',
  startsOn: '2027-02-01',
  expectedEndOn: '2029-01-31',
};

describe('degree studies', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  const run = <T = Record<string, Record<string, unknown>>>(
    query: string,
    variables: Record<string, unknown>,
    identity: Identity,
  ) => subgraph.execute<T>(query, variables, { identity });
  async function expectRefused(query: string, input: Record<string, unknown>, identity: Identity, expected: object) {
    const before = await snapshot(subgraph, TABLES);
    const result = await run(query, { input }, identity);
    expect(result.errors?.[0]?.extensions).toMatchObject(expected);
    expect(await snapshot(subgraph, TABLES)).toBe(before);
  }

  it('seeds graduated, running, pending and refused studies that agree with the education history', async () => {
    const studies = await subgraph.dataSource.getRepository(DegreeStudy).findBy({ agencyId: 1 });
    expect(new Set(studies.map((study) => study.status))).toEqual(
      new Set(['GRADUATED', 'APPROVED', 'PENDING_MANAGER', 'PENDING_ADMIN', 'REJECTED']),
    );
    for (const study of studies.filter((row) => row.status === 'GRADUATED')) {
      const [entry] = await subgraph.dataSource.query(
        'SELECT institution, graduation_year AS year FROM education_history WHERE employee_id = ? AND level = ?',
        [study.employeeId, study.level],
      );
      expect(entry).toEqual({ institution: study.institution, year: Number(study.graduatedOn!.slice(0, 4)) });
    }
  });

  it('goes from the application through the manager and the administrator to graduation and a higher education', async () => {
    const employee = () => subgraph.dataSource.getRepository(Employee).findOneByOrFail({ id: 14 });
    expect((await employee()).education).toBe('S1');
    const applied = await run(APPLY, { input: S2 }, AS.asn);
    expect(applied.errors).toBeUndefined();
    const study = applied.data!.applyDegreeStudy!;
    expect(study).toMatchObject({ status: 'PENDING_MANAGER', canDecide: false, managerApprovedOn: null });
    const id = study.id as string;

    // The administrator cannot skip the manager, nor the manager decide twice.
    await expectRefused(APPROVE, { id }, AS.admin, { code: 'FORBIDDEN' });
    const queue = await run<{ degreeStudies: { id: string; canDecide: boolean }[] }>(
      LIST,
      { status: 'PENDING_MANAGER' },
      AS.manager,
    );
    expect(queue.data!.degreeStudies.find((row) => row.id === id)).toMatchObject({ canDecide: true });
    const managed = await run(APPROVE, { input: { id } }, AS.manager);
    expect(managed.data!.approveDegreeStudy).toMatchObject({
      status: 'PENDING_ADMIN',
      managerApprovedOn: '2026-11-25',
    });
    await expectRefused(APPROVE, { id }, AS.manager, { code: 'FORBIDDEN' });
    const granted = await run(APPROVE, { input: { id } }, AS.admin);
    expect(granted.data!.approveDegreeStudy).toMatchObject({ status: 'APPROVED', approvedOn: '2026-11-25' });

    // Reports wait for the study to start; applying again waits for this one to end.
    await expectRefused(REPORT, { studyId: id, semester: 1, gpa: 3.5, creditsEarned: 18 }, AS.asn, {
      code: 'BAD_USER_INPUT',
      field: 'input.studyId',
      reason: 'STUDY_NOT_STARTED',
    });
    await expectRefused(APPLY, { ...S2, level: 'S3' }, AS.asn, {
      field: 'input.startsOn',
      reason: 'DEGREE_STUDY_OVERLAP',
    });
    await expectRefused(GRADUATE, { id, graduatedOn: '2026-11-25' }, AS.admin, {
      field: 'input.graduatedOn',
      reason: 'END_BEFORE_START',
    });
    await subgraph.dataSource.getRepository(DegreeStudy).update({ id: Number(id) }, { startsOn: '2024-09-02' });
    const reported = await run(REPORT, { input: { studyId: id, semester: 1, gpa: 3.57, creditsEarned: 18 } }, AS.asn);
    expect(reported.data!.reportDegreeStudy).toEqual({ semester: 1, gpa: 3.57, creditsEarned: 18 });
    await expectRefused(REPORT, { studyId: id, semester: 1, gpa: 3.6, creditsEarned: 20 }, AS.asn, {
      field: 'input.semester',
      reason: 'SEMESTER_REPORTED',
    });
    await expectRefused(REPORT, { studyId: id, semester: 2, gpa: 3.555, creditsEarned: 36 }, AS.asn, {
      field: 'input.gpa',
      reason: 'GPA_OUT_OF_RANGE',
    });

    // From 2 Sep 2024 to graduation on 1 Sep 2026 is 24 months: a bond of 2 × 24 + 12 = 60 months, to 1 Sep 2031.
    await expectRefused(GRADUATE, { id, graduatedOn: '2026-09-01' }, AS.asn, { code: 'FORBIDDEN' });
    const graduated = await run(GRADUATE, { input: { id, graduatedOn: '2026-09-01' } }, AS.admin);
    expect(graduated.errors).toBeUndefined();
    expect(graduated.data!.graduateDegreeStudy).toMatchObject({
      status: 'GRADUATED',
      graduatedOn: '2026-09-01',
      serviceBondMonths: 60,
      serviceBondEndsOn: '2031-09-01',
    });
    expect((await employee()).education).toBe('S2');
    const [entry] = await subgraph.dataSource.query(
      "SELECT field, institution, graduation_year AS year FROM education_history WHERE employee_id = 14 AND level = 'S2'",
    );
    expect(entry).toEqual({ field: 'Magister Sistem Informasi', institution: 'Universitas Pattimura', year: 2026 });
    const audited = await subgraph.dataSource.query(
      "SELECT action FROM audit_log WHERE entity_name = 'degree_study' AND entity_id = ?",
      [id],
    );
    expect(audited.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a rejection without a reason and keeps the reason of one', async () => {
    const pending = await subgraph.dataSource
      .getRepository(DegreeStudy)
      .findOneByOrFail({ agencyId: 1, status: 'PENDING_ADMIN' });
    const input = { id: String(pending.id) };
    await expectRefused(REJECT, input, AS.admin, { field: 'input.reason', reason: 'TEXT_REQUIRED' });
    const rejected = await run(REJECT, { input: { ...input, reason: 'Formasi penuh.' } }, AS.admin);
    expect(rejected.data!.rejectDegreeStudy).toMatchObject({ status: 'REJECTED', rejectionReason: 'Formasi penuh.' });
    await expectRefused(APPROVE, input, AS.admin, { field: 'input.id', reason: 'DEGREE_STUDY_NOT_PENDING' });
  });

  it('refuses applications the rules refuse, naming the field, and writes nothing', async () => {
    const asn = { ...AS.asn, employeeId: '33', userId: 'u-asn-2' } as Identity;
    await expectRefused(APPLY, { ...S2, funding: 'SELF' }, asn, {
      field: 'input.funding',
      reason: 'FUNDING_KIND_MISMATCH',
    });
    await expectRefused(APPLY, { ...S2, startsOn: '2026-11-24' }, asn, {
      field: 'input.startsOn',
      reason: 'DATE_IN_PAST',
    });
    await expectRefused(APPLY, { ...S2, programme: '  ' }, asn, { field: 'input.programme', reason: 'TEXT_REQUIRED' });
    await expectRefused(APPLY, S2, AS.anonymous, { code: 'UNAUTHENTICATED' });
    // Only an administrator enters someone else's application, and only in their agency.
    await expectRefused(APPLY, { ...S2, employeeId: '33' }, AS.manager, { code: 'FORBIDDEN' });
    await expectRefused(APPLY, { ...S2, employeeId: '33' }, AS.adminMamuju, { code: 'FORBIDDEN' });
    const entered = await run(
      APPLY,
      { input: { ...S2, employeeId: '33', level: 'S3', expectedEndOn: '2031-01-31' } },
      AS.admin,
    );
    expect(entered.data?.applyDegreeStudy ?? entered.errors).toMatchObject({ status: 'PENDING_MANAGER' });
  });

  it('lists the agency to an administrator in the same SQL statements whatever the number of studies', async () => {
    const statements = async () => {
      const before = subgraph.counter.statements;
      const result = await run<{ degreeStudies: unknown[] }>(LIST, {}, AS.admin);
      expect(result.errors).toBeUndefined();
      return { rows: result.data!.degreeStudies.length, statements: subgraph.counter.statements - before };
    };
    const few = await statements();
    const repository = subgraph.dataSource.getRepository(DegreeStudy);
    const template = await repository.findOneByOrFail({ agencyId: 1, status: 'APPROVED' });
    const { id: _, ...copy } = template;
    for (let j = 40; j < 60; j += 1) await repository.insert({ ...copy, employeeId: j });
    const many = await statements();
    expect(many.rows).toBe(few.rows + 20);
    expect(many.statements).toBe(few.statements);
    // A manager sees their people's, an ASN their own.
    const own = await run<{ degreeStudies: { employee: { id: string } }[] }>(LIST, {}, AS.asn);
    expect(own.data!.degreeStudies.every((row) => row.employee.id === '14')).toBe(true);
  });
});
