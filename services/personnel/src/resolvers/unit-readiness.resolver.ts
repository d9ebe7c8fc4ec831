// The agency dashboard's readiness figure of a unit: how its people (sub-units included) spread over the JPM mapping
// categories, from the same batched loaders as the team matrix, so every unit of an agency costs the same SQL.
import { loadAll } from '@asn/common';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../entities/unit.entity.js';
import { authorize } from '../policy.js';
import { mappingCategory } from '../rules/jpm.js';
import { categoryShares } from '../rules/team-matrix.js';
import { unitEmployees } from '../services/unit-employees.js';
import { JpmCategoryShare } from '../types/team-matrix.type.js';

@Resolver(() => Unit)
export class UnitReadinessResolver {
  @FieldResolver(() => [JpmCategoryShare], {
    nullable: true,
    description:
      'The share of the unit’s employees (sub-units included) with a competency standard in each JPM mapping category (Optimal, Cukup, Kurang).',
  })
  async jpmCategoryShares(@Root() unit: Unit, @Ctx() context: Context): Promise<JpmCategoryShare[]> {
    authorize(context.identity, { action: 'unit.readPersonal', unitId: unit.id, agencyId: unit.agencyId });
    const members = await unitEmployees(context, unit, true);
    const standings = await loadAll(
      context.loaders.standingsByEmployeeId,
      members.map((employee) => employee.id),
    );
    return categoryShares(standings.flatMap((standing) => (standing ? [mappingCategory(standing.jpm)] : [])));
  }
}
