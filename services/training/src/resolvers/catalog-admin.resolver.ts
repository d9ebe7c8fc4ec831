import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Provider } from '../entities/provider.entity.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { CreateTrainingSessionInput, SetTrainingBudgetInput } from '../inputs/catalog-admin.input.js';
import { createTrainingSession, setTrainingBudget } from '../services/catalog-admin.service.js';

@Resolver()
export class CatalogAdminResolver {
  @Query(() => [Provider], { description: 'Every training provider (public), by name.' })
  trainingProviders(@Ctx() { dataSource }: Context): Promise<Provider[]> {
    return dataSource.getRepository(Provider).find({ order: { name: 'ASC' } });
  }

  @Mutation(() => TrainingSession, { description: 'An administrator opens a new session of a catalog training.' })
  createTrainingSession(
    @Arg('input', () => CreateTrainingSessionInput) input: CreateTrainingSessionInput,
    @Ctx() context: Context,
  ) {
    return createTrainingSession(context, input);
  }

  @Mutation(() => TrainingBudget, { description: 'An administrator sets a unit’s training budget for a year.' })
  setTrainingBudget(
    @Arg('input', () => SetTrainingBudgetInput) input: SetTrainingBudgetInput,
    @Ctx() context: Context,
  ) {
    return setTrainingBudget(context, input);
  }
}
