// The agency dashboard's readiness figure of a unit: how its people (sub-units included) spread over the JPM mapping
// categories, from the same batched loaders as the team matrix, so every unit of an agency costs the same SQL.
import { loadAll, TREND_YEARS_MAX, trendYears } from '@asn/common';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from '../entities/unit.entity.js';
import { authorize } from '../policy.js';
import { mappingCategory } from '../rules/jpm.js';
import { categoryShares } from '../rules/team-matrix.js';
import { unitEmployees } from '../services/unit-employees.js';
import { invalid } from '../errors.js';
import { JpmCategoryShare, JpmYearShares } from '../types/team-matrix.type.js';

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

  @FieldResolver(() => [JpmYearShares], {
    nullable: true,
    description:
      'jpmCategoryShares at the end of each given year (this year: today), oldest first: today’s members, each with the position and assessments they had then.',
  })
  async jpmCategoryTrend(
    @Root() unit: Unit,
    @Arg('years', () => [Int], { description: 'The calendar years, 1 to 6 of them, none after this year.' })
    years: number[],
    @Ctx() context: Context,
  ): Promise<JpmYearShares[]> {
    const chosen = trendYears(years, Number(context.today.slice(0, 4)));
    if (!chosen) throw invalid('years', 'TREND_YEARS', { max: TREND_YEARS_MAX });
    authorize(context.identity, { action: 'unit.readPersonal', unitId: unit.id, agencyId: unit.agencyId });
    const ids = (await unitEmployees(context, unit, true)).map((employee) => employee.id);
    // Every date reads the same batched histories, so six years cost the statements of one.
    return Promise.all(
      chosen.map(async (year) => {
        const end = `${year}-12-31`;
        const dated = end >= context.today ? context.loaders : context.loaders.on(end);
        const standings = await loadAll(dated.standingsByEmployeeId, ids);
        const categories = standings.flatMap((standing) => (standing ? [mappingCategory(standing.jpm)] : []));
        return { year, shares: categoryShares(categories) };
      }),
    );
  }
}
