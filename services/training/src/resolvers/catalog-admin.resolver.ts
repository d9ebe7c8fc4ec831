import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Provider } from '../entities/provider.entity.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import {
  CancelTrainingSessionInput,
  CreateTrainingSessionInput,
  SetTrainingBudgetInput,
  UpdateTrainingSessionInput,
} from '../inputs/catalog-admin.input.js';
import { JpSettingsInput, ProviderInput, RetireInput, TrainingInput } from '../inputs/catalog-master.input.js';
import { JpSetting } from '../entities/jp-setting.entity.js';
import { Training } from '../entities/training.entity.js';
import { retire, saveProvider, saveTraining, setJpSettings } from '../services/catalog-master.service.js';
import { cancelTrainingSession, updateTrainingSession } from '../services/session-admin.service.js';
import { IsNull } from 'typeorm';
import { createTrainingSession, setTrainingBudget } from '../services/catalog-admin.service.js';

@Resolver()
export class CatalogAdminResolver {
  @Query(() => [Provider], { description: 'The training providers (public), by name; retired ones only on request.' })
  trainingProviders(
    @Arg('includeRetired', () => Boolean, { defaultValue: false, description: 'Also list retired providers.' })
    includeRetired: boolean,
    @Ctx() { dataSource }: Context,
  ): Promise<Provider[]> {
    return dataSource
      .getRepository(Provider)
      .find({ where: includeRetired ? {} : { retiredOn: IsNull() }, order: { name: 'ASC' } });
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

  @Mutation(() => Training, {
    description:
      "Adds (no id) or changes a training of the administrator's agency, with its competencies and prerequisites.",
  })
  saveTraining(@Arg('input', () => TrainingInput) input: TrainingInput, @Ctx() context: Context) {
    return saveTraining(context, input);
  }

  @Mutation(() => Training, { description: 'Retires a training: kept where referenced, no longer offered.' })
  retireTraining(@Arg('input', () => RetireInput) input: RetireInput, @Ctx() context: Context) {
    return retire(context, Training, 'input.id', input.id);
  }

  @Mutation(() => Provider, { description: "Adds (no id) or changes a provider of the administrator's agency." })
  saveProvider(@Arg('input', () => ProviderInput) input: ProviderInput, @Ctx() context: Context) {
    return saveProvider(context, input);
  }

  @Mutation(() => Provider, { description: 'Retires a provider: kept where referenced, no longer offered.' })
  retireProvider(@Arg('input', () => RetireInput) input: RetireInput, @Ctx() context: Context) {
    return retire(context, Provider, 'input.id', input.id);
  }

  @Mutation(() => TrainingSession, { description: "Changes a session of the administrator's agency." })
  updateTrainingSession(
    @Arg('input', () => UpdateTrainingSessionInput) input: UpdateTrainingSessionInput,
    @Ctx() context: Context,
  ) {
    return updateTrainingSession(context, input);
  }

  @Mutation(() => TrainingSession, {
    description: 'Cancels a session not yet held; its live requests and seats are cancelled with the reason.',
  })
  cancelTrainingSession(
    @Arg('input', () => CancelTrainingSessionInput) input: CancelTrainingSessionInput,
    @Ctx() context: Context,
  ) {
    return cancelTrainingSession(context, input);
  }

  @Mutation(() => JpSetting, {
    description: "Sets the administrator's agency JP target, PPPK cap and post-test pass mark.",
  })
  setJpSettings(@Arg('input', () => JpSettingsInput) input: JpSettingsInput, @Ctx() context: Context) {
    return setJpSettings(context, input);
  }
}
