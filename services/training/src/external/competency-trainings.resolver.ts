import { loadAll, parseId } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Competency } from './competency.js';
import { Training } from '../entities/training.entity.js';

/** What training adds to personnel's Competency: public catalog data. */
@Resolver(() => Competency)
export class CompetencyTrainingsResolver {
  @FieldResolver(() => [Training], { nullable: true, description: 'Catalog trainings that develop this competency.' })
  async developingTrainings(@Root() competency: Competency, @Ctx() { loaders }: Context): Promise<Training[]> {
    const rows = await loaders.trainingsByCompetencyId.load(parseId(competency.id, 'id'));
    const trainings = await loadAll(
      loaders.trainingsById,
      rows.map((row) => row.trainingId),
    );
    return trainings.filter((t): t is Training => t !== null);
  }
}
