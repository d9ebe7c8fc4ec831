// What training adds to personnel's Unit to measure development's success (docs/domain.md, "Measuring success"): the
// trend per year, from the rating and assessment histories personnel sends through @requires and training's own rows.
import { parseId, TREND_YEARS_MAX, trendYears } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid } from '../errors.js';
import { authorize } from '../policy.js';
import { unitSuccessTrend } from '../services/unit-success.service.js';
import { UnitSuccessYear } from '../types/unit-success.type.js';
import { Unit } from './unit.js';

@Resolver(() => Unit)
export class UnitSuccessResolver {
  @Directive(
    '@requires(fields: "memberIds pppkMemberIds memberRatings { employeeId year predikat } memberAssessments { employeeId competencyId level source assessedOn }")',
  )
  @FieldResolver(() => [UnitSuccessYear], {
    nullable: true,
    description:
      'Per given year, oldest first: members whose predikat rose after a training, competency levels gained around trainings, the unit’s IKM, beside its spend and JP (sub-units included).',
  })
  successTrend(
    @Root() unit: Unit,
    @Arg('years', () => [Int], { description: 'The calendar years, 1 to 6 of them, none after this year.' })
    years: number[],
    @Ctx() context: Context,
  ): Promise<UnitSuccessYear[]> {
    const chosen = trendYears(years, Number(context.today.slice(0, 4)));
    if (!chosen) throw invalid('years', 'TREND_YEARS', { max: TREND_YEARS_MAX });
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    // Built from people's ratings and levels: an API key needs pii:read, as for any personal figure.
    if (context.identity.kind === 'apiKey') authorize(context.identity, 'personal:read');
    return unitSuccessTrend(context, unit, chosen);
  }
}
