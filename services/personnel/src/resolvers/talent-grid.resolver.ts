// The talent 9-box of a unit for its manager (see services/unit-employees.ts for who may see it).
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { buildTalentGrid } from '../services/talent-grid.service.js';
import { visibleUnit } from '../services/unit-employees.js';
import { TalentGrid } from '../types/talent-grid.type.js';

@Resolver()
export class TalentGridResolver {
  @Query(() => TalentGrid, { description: "A unit's talent 9-box: its employees in the regulation's boxes." })
  async talentGrid(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('includeSubUnits', () => Boolean, { defaultValue: true, description: 'Include the sub-units.' })
    includeSubUnits: boolean,
    @Ctx() context: Context,
  ): Promise<TalentGrid> {
    return buildTalentGrid(context, await visibleUnit(context, unitId, 'unitId'), includeSubUnits);
  }
}
