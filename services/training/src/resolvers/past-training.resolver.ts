import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { PastTraining } from '../entities/past-training.entity.js';
import { Provider } from '../entities/provider.entity.js';
import { Training } from '../entities/training.entity.js';
import { Employee, employeeRef } from '../external/employee.js';
import {
  ImportPastTrainingsInput,
  PastTrainingInput,
  RejectPastTrainingInput,
  VerifyPastTrainingInput,
} from '../inputs/past-training.input.js';
import {
  importPastTrainings,
  pastTrainingsToVerify,
  recordPastTraining,
  rejectPastTraining,
  submitPastTraining,
  verifyPastTraining,
} from '../services/past-training.service.js';

@Resolver(() => PastTraining)
export class PastTrainingResolver {
  @FieldResolver(() => Employee, { description: 'The employee who took it.' })
  employee(@Root() row: PastTraining): Employee {
    return employeeRef(row.employeeId);
  }

  @Query(() => [PastTraining], {
    description: "Submitted past trainings of the administrator's agency waiting for verification, oldest first.",
  })
  pastTrainingsToVerify(@Ctx() context: Context): Promise<PastTraining[]> {
    return pastTrainingsToVerify(context);
  }

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

  @Mutation(() => PastTraining, {
    description: 'An administrator rejects a submitted past training, with the reason the employee reads.',
  })
  rejectPastTraining(
    @Arg('input', () => RejectPastTrainingInput) input: RejectPastTrainingInput,
    @Ctx() context: Context,
  ) {
    return rejectPastTraining(context, input.pastTrainingId, input.reason);
  }

  @Mutation(() => [PastTraining], {
    description:
      "Imports one employee's SIASN riwayat kursus CSV; any bad row (reported by line) means nothing is saved.",
  })
  importPastTrainings(
    @Arg('input', () => ImportPastTrainingsInput) input: ImportPastTrainingsInput,
    @Ctx() context: Context,
  ) {
    return importPastTrainings(context, input.employeeId, input.csv, input.dryRun);
  }
}
