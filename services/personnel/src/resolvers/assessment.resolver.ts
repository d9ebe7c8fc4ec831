import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Assessment } from '../entities/assessment.entity.js';
import { Competency } from '../entities/competency.entity.js';
import { isStale } from '../rules/current-level.js';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => Competency, { description: 'The competency assessed.' })
  async competency(@Root() assessment: Assessment, @Ctx() { loaders }: Context): Promise<Competency> {
    return (await loaders.competenciesById.load(assessment.competencyId))!;
  }

  @FieldResolver(() => Boolean, { description: "Older than the agency's validity (default 3 years)." })
  async stale(@Root() assessment: Assessment, @Ctx() { loaders, today }: Context): Promise<boolean> {
    const employee = await loaders.employeesById.load(assessment.employeeId);
    const agency = employee ? await loaders.agenciesById.load(employee.agencyId) : null;
    return isStale(assessment.assessedOn, today, agency?.assessmentValidityYears ?? 3);
  }
}
