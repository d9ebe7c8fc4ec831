import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Competency } from '../external/competency.js';
import { TrainingCompetency } from '../entities/training-competency.entity.js';
import { competencyRef } from '../external/competency.js';

@Resolver(() => TrainingCompetency)
export class TrainingCompetencyResolver {
  @FieldResolver(() => Competency, { description: 'The competency (resolved by personnel).' })
  competency(@Root() row: TrainingCompetency): Competency {
    return competencyRef(row.competencyId);
  }
}
