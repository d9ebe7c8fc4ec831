// The team competency matrix of a unit for its manager (see services/unit-employees.ts for who may see it).
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid } from '../errors.js';
import { TeamMatrixInput } from '../inputs/team-matrix.input.js';
import { buildTeamMatrix } from '../services/team-matrix.service.js';
import { visibleUnit } from '../services/unit-employees.js';
import { TeamMatrix } from '../types/team-matrix.type.js';

@Resolver()
export class TeamMatrixResolver {
  @Query(() => TeamMatrix, {
    description:
      "A unit's team competency matrix: employees × the competencies of their standards, with gaps and summaries.",
  })
  async teamMatrix(
    @Arg('input', () => TeamMatrixInput) input: TeamMatrixInput,
    @Ctx() context: Context,
  ): Promise<TeamMatrix> {
    const unit = await visibleUnit(context, input.unitId, 'input.unitId');
    if (input.asOf && input.asOf > context.today) throw invalid('input.asOf', 'DATE_IN_FUTURE');
    return buildTeamMatrix(context, unit, input);
  }
}
