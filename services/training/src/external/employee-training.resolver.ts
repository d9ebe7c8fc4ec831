// What training adds to personnel's Employee. Every field is nullable, so a training outage leaves the rest of the
// answer intact, and reads only the rows the caller may see.
import { parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { Employee } from './employee.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { PastTraining } from '../entities/past-training.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { authorize, visibleRows } from '../policy.js';
import { JpProjection } from '../types/jp-projection.type.js';
import { JpSummary } from '../types/jp-summary.type.js';
import { TrainingEvidence } from '../types/training-evidence.type.js';
import { collectEvidence } from '../services/evidence.service.js';
import { projectJp } from '../services/jp-projection.service.js';
import { jpSummaryOf } from '../services/jp.service.js';
import { agencyInScope } from '../services/settings.service.js';

async function visibleEnrolments(employee: Employee, { loaders, identity }: Context): Promise<Enrolment[]> {
  authorize(identity, 'employee:read', { employeeId: parseId(employee.id, 'id') });
  return visibleRows(identity, await loaders.enrolmentsByEmployeeId.load(parseId(employee.id, 'id')));
}

/** Past trainings the caller may read (all statuses); JP and evidence then keep the verified ones. */
async function visiblePastTrainings(employee: Employee, { loaders, identity }: Context): Promise<PastTraining[]> {
  authorize(identity, 'employee:read', { employeeId: parseId(employee.id, 'id') });
  return visibleRows(identity, await loaders.pastTrainingsByEmployeeId.load(parseId(employee.id, 'id')));
}

/** Placements the caller may read (all statuses); JP and evidence then keep the approved and completed ones. */
async function visiblePlacements(employee: Employee, { loaders, identity }: Context): Promise<Placement[]> {
  authorize(identity, 'employee:read', { employeeId: parseId(employee.id, 'id') });
  return visibleRows(identity, await loaders.placementsByEmployeeId.load(parseId(employee.id, 'id')));
}

@Resolver(() => Employee)
export class EmployeeTrainingResolver {
  @FieldResolver(() => [Enrolment], {
    nullable: true,
    description: 'The employee’s training enrolments, oldest first.',
  })
  enrolments(@Root() employee: Employee, @Ctx() context: Context): Promise<Enrolment[]> {
    return visibleEnrolments(employee, context);
  }

  @Directive('@requires(fields: "employeeType")')
  @FieldResolver(() => JpSummary, {
    nullable: true,
    description: 'JP of a calendar year: earned (completed, by end date), projected, and the PNS target or PPPK cap.',
  })
  async jp(
    @Root() employee: Employee,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() context: Context,
  ): Promise<JpSummary> {
    const [enrolments, past, placements] = await Promise.all([
      visibleEnrolments(employee, context),
      visiblePastTrainings(employee, context),
      visiblePlacements(employee, context),
    ]);
    const id = parseId(employee.id, 'id');
    return jpSummaryOf(context, id, employee.employeeType, year, enrolments, past, placements);
  }

  @Directive('@requires(fields: "employeeType")')
  @FieldResolver(() => JpProjection, {
    nullable: true,
    description:
      'This year’s JP projection (the agency’s local date): earned, pending, the PNS shortfall with the cheapest open sessions that close it, or the PPPK cap exceeded.',
  })
  async jpProjection(@Root() employee: Employee, @Ctx() context: Context): Promise<JpProjection> {
    const [enrolments, pastTrainings, placements] = await Promise.all([
      visibleEnrolments(employee, context),
      visiblePastTrainings(employee, context),
      visiblePlacements(employee, context),
    ]);
    return projectJp(context, {
      employeeId: parseId(employee.id, 'id'),
      employeeType: employee.employeeType,
      agencyId: agencyInScope(context, enrolments) ?? 0,
      enrolments,
      pastTrainings,
      placements,
    });
  }

  @FieldResolver(() => DevelopmentPlan, {
    nullable: true,
    description: 'The employee’s development plan for a year, if any.',
  })
  async developmentPlan(
    @Root() employee: Employee,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() { loaders, identity }: Context,
  ): Promise<DevelopmentPlan | null> {
    authorize(identity, 'employee:read', { employeeId: parseId(employee.id, 'id') });
    const plan = await loaders.plansByEmployeeYear.load({ employeeId: parseId(employee.id, 'id'), year });
    return plan && visibleRows(identity, [plan]).length ? plan : null;
  }

  @FieldResolver(() => [TrainingEvidence], {
    nullable: true,
    description:
      'Dated evidence of competencies: trainings completed with a passed post-test, verified past trainings and ' +
      'completed placements, latest first.',
  })
  async trainingEvidence(@Root() employee: Employee, @Ctx() context: Context): Promise<TrainingEvidence[]> {
    const [enrolments, past, placements] = await Promise.all([
      visibleEnrolments(employee, context),
      visiblePastTrainings(employee, context),
      visiblePlacements(employee, context),
    ]);
    return collectEvidence(context, enrolments, past, placements);
  }

  @FieldResolver(() => [PastTraining], {
    nullable: true,
    description: 'Past and external trainings recorded without enrolment (riwayat diklat), pending ones included.',
  })
  pastTrainings(@Root() employee: Employee, @Ctx() context: Context): Promise<PastTraining[]> {
    return visiblePastTrainings(employee, context);
  }

  @FieldResolver(() => [Placement], {
    nullable: true,
    description: 'The employee’s internships and secondments, latest start first, every status.',
  })
  placements(@Root() employee: Employee, @Ctx() context: Context): Promise<Placement[]> {
    return visiblePlacements(employee, context);
  }
}
