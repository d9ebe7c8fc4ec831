import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { CompetencyStandard } from '../entities/competency-standard.entity.js';
import { Competency } from '../entities/competency.entity.js';
import { Position } from '../entities/position.entity.js';

@Resolver(() => CompetencyStandard)
export class CompetencyStandardResolver {
  @FieldResolver(() => Competency, { description: 'The competency required.' })
  async competency(@Root() line: CompetencyStandard, @Ctx() { loaders }: Context): Promise<Competency> {
    return (await loaders.competenciesById.load(line.competencyId))!;
  }

  @FieldResolver(() => Position, { description: 'The position whose standard this is.' })
  async position(@Root() line: CompetencyStandard, @Ctx() { loaders }: Context): Promise<Position> {
    return (await loaders.positionsById.load(line.positionId))!;
  }
}
