// An employee's readiness: Job Person Match and gaps for their own position (mapping scheme) and their ranked career
// options. Personal, like the assessments they come from.
import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { authorize, can } from '../policy.js';
import type { EmptyPlanReason } from '../rules/career-plan-reason.js';
import { mappingCategory, type MappingCategory as MappingCategoryValue } from '../rules/jpm.js';
import { gapsBelowStandard, levelsAgainstStandard } from '../rules/position-match.js';
import { CareerOption } from '../types/career-option.type.js';
import { CareerPlanEmptyReason } from '../types/career-plan-reason.enum.js';
import { CompetencyGap } from '../types/competency-gap.type.js';
import { MappingCategory } from '../types/jpm-category.enum.js';
import { TeamMatrixCell } from '../types/team-matrix.type.js';

@Resolver(() => Employee)
export class EmployeeReadinessResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: "Job Person Match (0-100) for the employee's own position, by the agency's formula (personal).",
  })
  async jpm(@Root() employee: Employee, @Ctx() { loaders, identity }: Context): Promise<number | null> {
    authorize(identity, { action: 'employee.readPersonal', employee });
    return (await loaders.standingsByEmployeeId.load(employee.id))?.jpm ?? null;
  }

  @FieldResolver(() => MappingCategory, {
    nullable: true,
    description: 'Category of that JPM in the mapping scheme (personal).',
  })
  async jpmCategory(
    @Root() employee: Employee,
    @Ctx() { loaders, identity }: Context,
  ): Promise<MappingCategoryValue | null> {
    authorize(identity, { action: 'employee.readPersonal', employee });
    const standing = await loaders.standingsByEmployeeId.load(employee.id);
    return standing ? mappingCategory(standing.jpm) : null;
  }

  @FieldResolver(() => [CompetencyGap], {
    nullable: true,
    description:
      "The competencies of the own position's standard the employee is below, in the standard's order (personal: null, without an error, for whoever may not read it).",
  })
  async competencyGaps(
    @Root() employee: Employee,
    @Ctx() { loaders, identity }: Context,
  ): Promise<CompetencyGap[] | null> {
    // Withheld without a refusal: training's feed @requires it, so a refusal would reach callers who never asked for
    // it (the feed itself is refused to them anyway). The reminder sweep requires it too, for whoever may sweep.
    const mayRead =
      can(identity, { action: 'employee.readPersonal', employee }) ||
      can(identity, { action: 'reminders.sweep', agencyId: employee.agencyId });
    if (!mayRead) return null;
    const standing = await loaders.standingsByEmployeeId.load(employee.id);
    return gapsBelowStandard(standing?.lines ?? []);
  }

  @FieldResolver(() => [TeamMatrixCell], {
    nullable: true,
    description:
      "Every competency of the own position's standard, in the standard's order: required and current level, the " +
      "gap and its severity, the current level's source and date (personal). The employee's row of the team matrix.",
  })
  async standardLevels(@Root() employee: Employee, @Ctx() { loaders, identity }: Context): Promise<TeamMatrixCell[]> {
    authorize(identity, { action: 'employee.readPersonal', employee });
    const standing = await loaders.standingsByEmployeeId.load(employee.id);
    return levelsAgainstStandard(standing?.lines ?? []);
  }

  @FieldResolver(() => [CareerOption], {
    nullable: true,
    description:
      'Positions reachable on the career ladder in one or two moves, in readiness order (rank 1 first) (personal).',
  })
  async careerOptions(@Root() employee: Employee, @Ctx() { loaders, identity }: Context): Promise<CareerOption[]> {
    authorize(identity, { action: 'employee.readPersonal', employee });
    return (await loaders.careerPlansByEmployeeId.load(employee.id)).options;
  }

  @FieldResolver(() => CareerPlanEmptyReason, {
    nullable: true,
    description:
      'Why careerOptions is empty (no ladder move from the position, closed to the employee’s type, past the ' +
      'retirement horizon); null when there are options (personal).',
  })
  async careerPlanEmptyReason(
    @Root() employee: Employee,
    @Ctx() { loaders, identity }: Context,
  ): Promise<EmptyPlanReason | null> {
    authorize(identity, { action: 'employee.readPersonal', employee });
    return (await loaders.careerPlansByEmployeeId.load(employee.id)).emptyReason;
  }
}
