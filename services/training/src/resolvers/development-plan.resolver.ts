import { loadAll } from '@asn/common';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';
import { DevelopmentPlan } from '../entities/development-plan.entity.js';
import { Employee } from '../external/employee.js';
import { Training } from '../entities/training.entity.js';
import { planYearJp } from '../services/jp.service.js';
import { employeeRef } from '../external/employee.js';

async function plannedTrainings(plan: DevelopmentPlan, { loaders }: Context): Promise<Training[]> {
  const items = await loaders.planItemsByPlanId.load(plan.id);
  const trainings = await loadAll(
    loaders.trainingsById,
    items.map((item) => item.trainingId),
  );
  return trainings.filter((t): t is Training => t !== null);
}

@Resolver(() => DevelopmentPlan)
export class DevelopmentPlanResolver {
  @FieldResolver(() => Employee, { description: 'Whose plan it is.' })
  employee(@Root() plan: DevelopmentPlan): Employee {
    return employeeRef(plan.employeeId);
  }

  @FieldResolver(() => [DevelopmentPlanItem], { description: 'The planned trainings, in the order added.' })
  items(@Root() plan: DevelopmentPlan, @Ctx() { loaders }: Context): Promise<DevelopmentPlanItem[]> {
    return loaders.planItemsByPlanId.load(plan.id);
  }

  @FieldResolver(() => Int, {
    description: 'JP of the planned trainings that count in the plan’s year (none for a session ending in another).',
  })
  async totalJp(@Root() plan: DevelopmentPlan, @Ctx() context: Context): Promise<number> {
    return planYearJp(context, await context.loaders.planItemsByPlanId.load(plan.id), plan.year);
  }

  @FieldResolver(() => Int, { description: 'Cost of the planned trainings, in rupiah.' })
  async totalCost(@Root() plan: DevelopmentPlan, @Ctx() context: Context): Promise<number> {
    return (await plannedTrainings(plan, context)).reduce((sum, training) => sum + training.costPerParticipant, 0);
  }
}
