// How a unit's members grew between two dates, and a year's most improved (see services/unit-employees.ts for who
// may see it).
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid } from '../errors.js';
import { TeamGrowthInput } from '../inputs/team-growth.input.js';
import { rankMostImproved, yearStart } from '../rules/growth.js';
import { buildTeamGrowth } from '../services/team-growth.service.js';
import { visibleUnit } from '../services/unit-employees.js';
import { TeamGrowth } from '../types/team-growth.type.js';

@Resolver()
export class TeamGrowthResolver {
  @Query(() => TeamGrowth, {
    description:
      "How each member's assessed levels and JPM changed between two dates (each as the matrix stood then), by name.",
  })
  async teamGrowth(
    @Arg('input', () => TeamGrowthInput) input: TeamGrowthInput,
    @Ctx() context: Context,
  ): Promise<TeamGrowth> {
    const unit = await visibleUnit(context, input.unitId, 'input.unitId');
    if (input.to > context.today) throw invalid('input.to', 'DATE_IN_FUTURE');
    if (input.from > input.to) throw invalid('input.to', 'END_BEFORE_START');
    return buildTeamGrowth(context, unit, input.includeSubUnits, input.from, input.to);
  }

  @Query(() => TeamGrowth, {
    description:
      "A year's most improved members of a unit, for recognition: gains from 31 December of the year before to the year's end (or today), by levels gained, then JPM points.",
  })
  async mostImproved(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int, { description: 'The calendar year, not after this one.' }) year: number,
    @Arg('includeSubUnits', () => Boolean, { defaultValue: true, description: 'Include the sub-units.' })
    includeSubUnits: boolean,
    @Ctx() context: Context,
  ): Promise<TeamGrowth> {
    const unit = await visibleUnit(context, unitId, 'unitId');
    if (`${year}-01-01` > context.today) throw invalid('year', 'DATE_IN_FUTURE');
    const end = `${year}-12-31`;
    const growth = await buildTeamGrowth(
      context,
      unit,
      includeSubUnits,
      yearStart(year),
      end < context.today ? end : context.today,
    );
    return { ...growth, rows: rankMostImproved(growth.rows.map((row) => ({ ...row, name: row.employee.name }))) };
  }
}
