import { parseId } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Competency } from '../entities/competency.entity.js';
import { TeamMatrixCell } from '../types/team-matrix.type.js';

@Resolver(() => TeamMatrixCell)
export class TeamMatrixCellResolver {
  @FieldResolver(() => Competency, { description: 'The competency (the column).' })
  async competency(@Root() cell: TeamMatrixCell, @Ctx() { loaders }: Context): Promise<Competency> {
    return (await loaders.competenciesById.load(parseId(cell.competencyId, 'competencyId')))!;
  }
}
