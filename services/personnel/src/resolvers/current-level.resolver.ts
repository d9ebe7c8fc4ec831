import { parseId } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Competency } from '../entities/competency.entity.js';
import { CurrentLevel } from '../types/current-level.type.js';

@Resolver(() => CurrentLevel)
export class CurrentLevelResolver {
  @FieldResolver(() => Competency, { description: 'The competency.' })
  async competency(@Root() current: CurrentLevel, @Ctx() { loaders }: Context): Promise<Competency> {
    return (await loaders.competenciesById.load(parseId(current.competencyId, 'competencyId')))!;
  }
}
