import { parseId } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Competency } from '../entities/competency.entity.js';
import { CompetencyGap } from '../types/competency-gap.type.js';

@Resolver(() => CompetencyGap)
export class CompetencyGapResolver {
  @FieldResolver(() => Competency, { description: 'The competency.' })
  async competency(@Root() gap: CompetencyGap, @Ctx() { loaders }: Context): Promise<Competency> {
    return (await loaders.competenciesById.load(parseId(gap.competencyId, 'competencyId')))!;
  }
}
