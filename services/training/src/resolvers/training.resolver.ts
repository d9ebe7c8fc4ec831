import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Provider } from '../entities/provider.entity.js';
import { TrainingCompetency } from '../entities/training-competency.entity.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { TrainingFilter } from '../inputs/training-filter.input.js';
import { TrainingEvaluation } from '../types/training-evaluation.type.js';
import { createConnectionType, loadAll, parseId } from '@asn/common';
import { searchCatalog } from '../services/catalog-search.service.js';
import { evaluateEnrolments } from '../services/evaluation.service.js';
import { can } from '../policy.js';

export const TrainingConnection = createConnectionType(Training, 'Training', 'training');

@Resolver(() => Training)
export class TrainingResolver {
  @Query(() => TrainingConnection, { description: 'Search the training catalog (public), ordered by id.' })
  trainings(
    @Ctx() context: Context,
    @Arg('filter', () => TrainingFilter, { nullable: true }) filter: TrainingFilter | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string,
  ) {
    return searchCatalog(context, filter ?? {}, first, after);
  }

  @Query(() => Training, { nullable: true, description: 'One catalog training by id (public).' })
  training(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Training | null> {
    return loaders.trainingsById.load(parseId(id, 'id'));
  }

  @FieldResolver(() => Provider, { description: 'Who organises it.' })
  async provider(@Root() training: Training, @Ctx() { loaders }: Context): Promise<Provider> {
    return (await loaders.providersById.load(training.providerId))!;
  }

  @FieldResolver(() => [TrainingCompetency], { description: 'The competencies it develops and up to which level.' })
  competencies(@Root() training: Training, @Ctx() { loaders }: Context): Promise<TrainingCompetency[]> {
    return loaders.competenciesByTrainingId.load(training.id);
  }

  @FieldResolver(() => [Training], { description: 'Trainings to complete first.' })
  async prerequisites(@Root() training: Training, @Ctx() { loaders }: Context): Promise<Training[]> {
    const rows = await loaders.prerequisitesByTrainingId.load(training.id);
    const trainings = await loadAll(
      loaders.trainingsById,
      rows.map((row) => row.prerequisiteId),
    );
    return trainings.filter((t): t is Training => t !== null);
  }

  @FieldResolver(() => [TrainingSession], { description: 'Its sessions (angkatan), earliest first.' })
  sessions(@Root() training: Training, @Ctx() { loaders }: Context): Promise<TrainingSession[]> {
    return loaders.sessionsByTrainingId.load(training.id);
  }

  @FieldResolver(() => TrainingEvaluation, {
    nullable: true,
    description: 'Reaction, learning and application figures over the enrolments you may see (signed-in callers).',
  })
  async evaluation(@Root() training: Training, @Ctx() context: Context): Promise<TrainingEvaluation> {
    return evaluateEnrolments(context, await context.loaders.enrolmentsByTrainingId.load(training.id));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may change or retire it: the administrator of the agency that keeps it.',
  })
  isEditable(@Root() training: Training, @Ctx() { identity }: Context): boolean {
    return can(identity, 'catalog:keep', training);
  }
}
