// The degree-study workflow's writes (rules/degree-study.ts decides; this checks, throws and writes, audited):
// apply, approve or reject at the manager's then the administrator's stage, report a semester, graduate.
import { auditedWrite, cleanName, freeText, inTransaction } from '@asn/common';
import { In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { Context } from '../context.js';
import { DegreeStudyReport } from '../entities/degree-study-report.entity.js';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import { forbidden, invalid, parseId, unauthenticated } from '../errors.js';
import type {
  ApplyDegreeStudyInput,
  DecideDegreeStudyInput,
  GraduateDegreeStudyInput,
  ReportDegreeStudyInput,
} from '../inputs/degree-study.input.js';
import { authorize } from '../policy.js';
import {
  approvalStage,
  checkApplication,
  MAX_SEMESTER,
  MAX_STUDY_MONTHS,
  statusAfterApproval,
  type DegreeStudyStatus,
} from '../rules/degree-study.js';
import { addEducation } from './history.service.js';

const OPEN: DegreeStudyStatus[] = ['PENDING_MANAGER', 'PENDING_ADMIN', 'APPROVED'];

async function studyWithEmployee(context: Context, id: string, field: string) {
  const study = await context.dataSource.getRepository(DegreeStudy).findOneBy({ id: parseId(id, field) });
  if (!study) throw invalid(field, 'DEGREE_STUDY_NOT_FOUND');
  const employee = (await context.loaders.employeesById.load(study.employeeId))!;
  return { study, employee };
}

/** Changes a study only while it is still in `status`, so two deciders cannot both act on it. */
async function moveStudy(context: Context, study: DegreeStudy, values: Partial<DegreeStudy>): Promise<DegreeStudy> {
  const where = { id: study.id, status: study.status };
  const { affected } = await inTransaction(context.dataSource, (manager) =>
    auditedWrite(manager, DegreeStudy, where, () => manager.getRepository(DegreeStudy).update(where, values)),
  );
  if (!affected) throw invalid('input.id', 'DEGREE_STUDY_NOT_PENDING');
  return { ...study, ...values };
}

/** The employee applies for themself; an administrator may enter an application handed in on paper. */
export async function applyDegreeStudy(context: Context, input: ApplyDegreeStudyInput): Promise<DegreeStudy> {
  const { identity, loaders, today, dataSource } = context;
  if (identity.kind !== 'user') throw identity.kind === 'anonymous' ? unauthenticated() : forbidden();
  const employee = await loaders.employeesById.load(
    parseId(input.employeeId ?? identity.employeeId ?? '0', 'input.employeeId'),
  );
  if (!employee) throw invalid('input.employeeId', 'EMPLOYEE_NOT_FOUND');
  authorize(identity, { action: 'degreeStudy.apply', employee });
  const employeeId = employee.id;
  const programme = cleanName(input.programme, 'input.programme');
  const institution = cleanName(input.institution, 'input.institution');
  const isOwn = identity.employeeId === String(employee.id);
  const verdict = checkApplication(input, employee.education, isOwn ? today : null);
  if (verdict) throw invalid(verdict.field, verdict.reason, { max: MAX_STUDY_MONTHS });
  const studies = dataSource.getRepository(DegreeStudy);
  // One study at a time: a new one may follow a running one, not overlap it.
  const overlapping = await studies.existsBy({
    employeeId,
    status: In(OPEN),
    startsOn: LessThanOrEqual(input.expectedEndOn),
    expectedEndOn: MoreThanOrEqual(input.startsOn),
  });
  if (overlapping) throw invalid('input.startsOn', 'DEGREE_STUDY_OVERLAP');
  const { identifiers } = await studies.insert({
    agencyId: employee.agencyId,
    employeeId,
    kind: input.kind,
    level: input.level,
    programme,
    institution,
    funding: input.funding,
    startsOn: input.startsOn,
    expectedEndOn: input.expectedEndOn,
    status: 'PENDING_MANAGER',
    appliedOn: today,
    managerApprovedOn: null,
    approvedOn: null,
    rejectionReason: null,
    graduatedOn: null,
  });
  return studies.findOneByOrFail({ id: Number(identifiers[0]!.id) });
}

export async function decideDegreeStudy(
  context: Context,
  input: DecideDegreeStudyInput,
  approve: boolean,
): Promise<DegreeStudy> {
  const { study, employee } = await studyWithEmployee(context, input.id, 'input.id');
  const stage = approvalStage(study.status);
  authorize(context.identity, { action: 'degreeStudy.decide', employee, stage: stage ?? 'ADMIN' });
  if (!stage) throw invalid('input.id', 'DEGREE_STUDY_NOT_PENDING');
  if (!approve) {
    const reason = freeText(input.reason, 'input.reason', { maxLength: 500, required: true });
    return moveStudy(context, study, { status: 'REJECTED', rejectionReason: reason });
  }
  const status = statusAfterApproval(stage);
  return moveStudy(
    context,
    study,
    stage === 'MANAGER' ? { status, managerApprovedOn: context.today } : { status, approvedOn: context.today },
  );
}

function checkReport(input: ReportDegreeStudyInput): number {
  if (!Number.isInteger(input.semester) || input.semester < 1 || input.semester > MAX_SEMESTER) {
    throw invalid('input.semester', 'SEMESTER_OUT_OF_RANGE', { max: MAX_SEMESTER });
  }
  const hundredths = Math.round(input.gpa * 100);
  if (!(input.gpa >= 0 && input.gpa <= 4) || Math.abs(hundredths - input.gpa * 100) > 1e-6) {
    throw invalid('input.gpa', 'GPA_OUT_OF_RANGE');
  }
  if (!Number.isInteger(input.creditsEarned) || input.creditsEarned < 0 || input.creditsEarned > 300) {
    throw invalid('input.creditsEarned', 'CREDITS_OUT_OF_RANGE');
  }
  return hundredths;
}

export async function reportDegreeStudy(context: Context, input: ReportDegreeStudyInput): Promise<DegreeStudyReport> {
  const { study, employee } = await studyWithEmployee(context, input.studyId, 'input.studyId');
  authorize(context.identity, { action: 'degreeStudy.apply', employee });
  if (study.status !== 'APPROVED') throw invalid('input.studyId', 'DEGREE_STUDY_NOT_RUNNING');
  if (study.startsOn > context.today) {
    throw invalid('input.studyId', 'STUDY_NOT_STARTED', { startsOn: study.startsOn });
  }
  const gpaHundredths = checkReport(input);
  const note = freeText(input.note, 'input.note', { maxLength: 1000 });
  const reports = context.dataSource.getRepository(DegreeStudyReport);
  if (await reports.existsBy({ studyId: study.id, semester: input.semester })) {
    throw invalid('input.semester', 'SEMESTER_REPORTED', { value: input.semester });
  }
  const { identifiers } = await reports.insert({
    studyId: study.id,
    semester: input.semester,
    gpaHundredths,
    creditsEarned: input.creditsEarned,
    note,
    reportedOn: context.today,
  });
  return reports.findOneByOrFail({ id: Number(identifiers[0]!.id) });
}

/** Graduation: the study closes and its degree enters the education history, raising the employee's education. */
export async function graduateDegreeStudy(context: Context, input: GraduateDegreeStudyInput): Promise<DegreeStudy> {
  const { study, employee } = await studyWithEmployee(context, input.id, 'input.id');
  authorize(context.identity, { action: 'employee.decide', employee });
  if (study.status !== 'APPROVED') throw invalid('input.id', 'DEGREE_STUDY_NOT_RUNNING');
  if (input.graduatedOn > context.today) throw invalid('input.graduatedOn', 'DATE_IN_FUTURE');
  if (input.graduatedOn <= study.startsOn) throw invalid('input.graduatedOn', 'END_BEFORE_START');
  const where = { id: study.id, status: study.status };
  await inTransaction(context.dataSource, async (manager) => {
    const { affected } = await auditedWrite(manager, DegreeStudy, where, () =>
      manager.getRepository(DegreeStudy).update(where, { status: 'GRADUATED', graduatedOn: input.graduatedOn }),
    );
    if (!affected) throw invalid('input.id', 'DEGREE_STUDY_NOT_RUNNING');
    await addEducation(
      manager,
      employee as Employee,
      {
        level: study.level,
        field: study.programme,
        institution: study.institution,
        year: Number(input.graduatedOn.slice(0, 4)),
      },
      'input.id',
    );
  });
  return { ...study, status: 'GRADUATED', graduatedOn: input.graduatedOn };
}
