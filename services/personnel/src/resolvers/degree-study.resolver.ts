// Degree studies as their people read them: the caller's queue (own, their people's, or the agency's), each study's
// employee, semester reports, service bond, and whether the caller may decide it now.
import { Arg, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@asn/common';
import type { Context } from '../context.js';
import { DegreeStudyReport } from '../entities/degree-study-report.entity.js';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { authorize, can } from '../policy.js';
import { approvalStage, type DegreeStudyStatus as StatusValue } from '../rules/degree-study.js';
import { serviceBondEndsOn, serviceBondMonths } from '../rules/service-bond.js';
import { listDegreeStudies } from '../services/degree-study-list.service.js';
import { DegreeStudyStatus } from '../types/degree-study.enums.js';

@Resolver(() => DegreeStudy)
export class DegreeStudyResolver {
  @Query(() => [DegreeStudy], {
    description:
      "Degree studies the caller follows, newest start first: an ASN's own, a manager's people's (own included), " +
      "an administrator's whole agency.",
  })
  degreeStudies(
    @Arg('status', () => DegreeStudyStatus, { nullable: true, description: 'Only those in this status.' })
    status: StatusValue | undefined,
    @Ctx() context: Context,
  ): Promise<DegreeStudy[]> {
    return listDegreeStudies(context, status);
  }

  @FieldResolver(() => Employee, { description: 'The employee studying.' })
  async employee(@Root() study: DegreeStudy, @Ctx() { loaders, identity }: Context): Promise<Employee> {
    const employee = (await loaders.employeesById.load(study.employeeId))!;
    authorize(identity, { action: 'employee.readPersonal', employee });
    return employee;
  }

  @FieldResolver(() => [DegreeStudyReport], { description: 'Semester progress reports, first semester first.' })
  reports(@Root() study: DegreeStudy, @Ctx() { loaders }: Context): Promise<DegreeStudyReport[]> {
    return loaders.reportsByDegreeStudyId.load(study.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Months of service bond after graduation (2n + 1 years for a tugas belajar); null before graduation.',
  })
  serviceBondMonths(@Root() study: DegreeStudy): number | null {
    return study.graduatedOn ? serviceBondMonths(study.kind, study.startsOn, study.graduatedOn) : null;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Last day of the service bond; null if none yet.' })
  serviceBondEndsOn(@Root() study: DegreeStudy): string | null {
    return study.graduatedOn ? serviceBondEndsOn(study.kind, study.startsOn, study.graduatedOn) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may approve or reject it now.' })
  async canDecide(@Root() study: DegreeStudy, @Ctx() { loaders, identity }: Context): Promise<boolean> {
    const stage = approvalStage(study.status);
    if (!stage) return false;
    const employee = (await loaders.employeesById.load(study.employeeId))!;
    return can(identity, { action: 'degreeStudy.decide', employee, stage });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may record its graduation now.' })
  async canGraduate(@Root() study: DegreeStudy, @Ctx() { loaders, identity }: Context): Promise<boolean> {
    if (study.status !== 'APPROVED') return false;
    const employee = (await loaders.employeesById.load(study.employeeId))!;
    return can(identity, { action: 'employee.decide', employee });
  }
}

@Resolver(() => DegreeStudyReport)
export class DegreeStudyReportResolver {
  @FieldResolver(() => Float, { description: 'Grade point average of the semester (IPS), 0.00-4.00.' })
  gpa(@Root() report: DegreeStudyReport): number {
    return report.gpaHundredths / 100;
  }
}
