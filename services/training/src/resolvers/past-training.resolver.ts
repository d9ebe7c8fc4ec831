import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { PastTraining } from '../entities/past-training.entity.js';
import { Provider } from '../entities/provider.entity.js';
import { Training } from '../entities/training.entity.js';
import { ImportPastTrainingsInput, PastTrainingInput, VerifyPastTrainingInput } from '../inputs/past-training.input.js';
import {
  importPastTrainings,
  recordPastTraining,
  submitPastTraining,
  verifyPastTraining,
} from '../services/past-training.service.js';

@Resolver(() => PastTraining)
export class PastTrainingResolver {
  @FieldResolver(() => Training, { nullable: true, description: 'The catalog training, when it was one.' })
  training(@Root() row: PastTraining, @Ctx() { loaders }: Context): Promise<Training | null> | null {
    return row.trainingId === null ? null : loaders.trainingsById.load(row.trainingId);
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The provider, when it is a known one.' })
  provider(@Root() row: PastTraining, @Ctx() { loaders }: Context): Promise<Provider | null> | null {
    return row.providerId === null ? null : loaders.providersById.load(row.providerId);
  }

  @Mutation(() => PastTraining, {
    description: 'An administrator records a completed training that did not go through enrolment, as verified.',
  })
  recordPastTraining(@Arg('input', () => PastTrainingInput) input: PastTrainingInput, @Ctx() context: Context) {
    return recordPastTraining(context, input);
  }

  @Mutation(() => PastTraining, {
    description: 'An employee submits their own past training; it counts once an administrator verifies it.',
  })
  submitPastTraining(@Arg('input', () => PastTrainingInput) input: PastTrainingInput, @Ctx() context: Context) {
    return submitPastTraining(context, input);
  }

  @Mutation(() => PastTraining, { description: 'An administrator verifies a submitted past training’s evidence.' })
  verifyPastTraining(
    @Arg('input', () => VerifyPastTrainingInput) input: VerifyPastTrainingInput,
    @Ctx() context: Context,
  ) {
    return verifyPastTraining(context, input.pastTrainingId);
  }

  @Mutation(() => [PastTraining], {
    description:
      "Imports one employee's SIASN riwayat kursus CSV; any bad row (reported by line) means nothing is saved.",
  })
  importPastTrainings(
    @Arg('input', () => ImportPastTrainingsInput) input: ImportPastTrainingsInput,
    @Ctx() context: Context,
  ) {
    return importPastTrainings(context, input.employeeId, input.csv);
  }
}
