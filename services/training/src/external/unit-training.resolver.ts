// What training adds to personnel's Unit: JP compliance over its members and the needs analysis of its gaps, both
// from fields personnel sends through @requires, both batched across units through loaders.
import { parseId, releasable } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Unit } from './unit.js';
import { authorize } from '../policy.js';
import { classifyCompliance, earnedJp } from '../rules/jp.js';
import { JpCompliance } from '../types/jp-compliance.type.js';
import { UnitJpProjection } from '../types/jp-projection.type.js';
import { TrainingNeeds } from '../types/training-needs.type.js';
import { projectUnitJp } from '../services/unit-jp-projection.service.js';
import { analyseUnitNeeds } from '../services/needs-analysis.service.js';
import { unitMemberActivities } from '../services/unit-jp.service.js';

@Resolver(() => Unit)
export class UnitTrainingResolver {
  @Directive('@requires(fields: "memberIds pppkMemberIds")')
  @FieldResolver(() => JpCompliance, {
    nullable: true,
    description:
      'PNS members (sub-units included) at or above the yearly JP target, below it, and with none; PPPK within or over the cap.',
  })
  async jpCompliance(
    @Root() unit: Unit,
    @Arg('year', () => Int, { description: 'The calendar year.' }) year: number,
    @Ctx() context: Context,
  ): Promise<JpCompliance | null> {
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    const memberCount = (unit.memberIds ?? []).length;
    // A unit's head and administrator read its members' JP one by one anyway; an API key without pii:read gets the
    // figures only when 5 or more people stand behind them.
    const personal = context.identity.kind !== 'apiKey' || context.identity.scopes.includes('pii:read');
    if (!personal && !releasable(memberCount)) return null;
    const { members, settings } = await unitMemberActivities(context, unit);
    const { jpTarget, pppkJpCap } = settings;
    // A PPPK is never held to the PNS target (nor a PNS to the cap): the two are counted apart.
    const pns = members.filter((member) => !member.isPppk).map((member) => earnedJp(member.activities, year));
    const contract = members.filter((member) => member.isPppk).map((member) => earnedJp(member.activities, year));
    const pppkOverCap = contract.filter((value) => value > pppkJpCap).length;
    return {
      year,
      target: jpTarget,
      ...classifyCompliance(pns, jpTarget),
      totalShortfall: pns.reduce((sum, value) => sum + Math.max(0, jpTarget - value), 0),
      pppkCap: pppkJpCap,
      pppkMembers: contract.length,
      pppkWithinCap: contract.length - pppkOverCap,
      pppkOverCap,
    };
  }

  @Directive('@requires(fields: "memberIds pppkMemberIds")')
  @FieldResolver(() => UnitJpProjection, {
    nullable: true,
    description:
      'This year’s JP projection of the unit’s members (sub-units included, the agency’s local date): PNS who will not reach the target with the cheapest open sessions that close it, PPPK over the cap.',
  })
  jpProjection(@Root() unit: Unit, @Ctx() context: Context): Promise<UnitJpProjection> {
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    // It names people with their shortfall: an API key needs pii:read, as for any personal figure.
    if (context.identity.kind === 'apiKey') authorize(context.identity, 'personal:read');
    return projectUnitJp(context, (unit.memberIds ?? []).map(Number), new Set((unit.pppkMemberIds ?? []).map(Number)));
  }

  @Directive(
    '@requires(fields: "memberIds competencyGaps { competencyId employeesBelow totalDeficit shortfalls { requiredLevel currentLevel employees } }")',
  )
  @FieldResolver(() => TrainingNeeds, {
    nullable: true,
    description:
      'Catalog trainings that close the unit’s competency gaps, ranked by gap closed per rupiah and fitted to its budget for the year.',
  })
  trainingNeeds(
    @Root() unit: Unit,
    @Arg('year', () => Int, { description: 'The calendar year of the budget.' }) year: number,
    @Ctx() context: Context,
  ): Promise<TrainingNeeds> {
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    return analyseUnitNeeds(
      context,
      parseId(unit.id, 'id'),
      unit.competencyGaps ?? [],
      year,
      (unit.memberIds ?? []).map(Number),
    );
  }
}
