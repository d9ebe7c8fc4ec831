import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Competency } from '../external/competency.js';
import { SchemeCompetency } from '../entities/scheme-competency.entity.js';

@Resolver(() => SchemeCompetency)
export class SchemeCompetencyResolver {
  @FieldResolver(() => Competency, { description: 'The competency (from the personnel dictionary).' })
  competency(@Root() row: SchemeCompetency): Competency {
    return { id: String(row.competencyId) };
  }
}
