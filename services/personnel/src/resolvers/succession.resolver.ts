// Succession for key positions: the agency's administrator (or a personal-data API key) for the whole agency or a
// unit; a unit's head for their unit and its sub-units, with candidates from their own people.
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { invalid, parseId } from '../errors.js';
import { authorize } from '../policy.js';
import { buildSuccessionPlan } from '../services/succession.service.js';
import { SuccessionPlan } from '../types/succession.type.js';

@Resolver()
export class SuccessionResolver {
  @Query(() => SuccessionPlan, {
    description:
      "Succession for the agency's key positions (JPT Pratama, Administrator): holders with the retirement flag, and the talent pool (boxes 7-9) by the career planner's readiness. With unitId, the unit's key positions and its own people (sub-units included).",
  })
  async successionPlan(
    @Arg('agencyId', () => ID) agencyId: string,
    @Arg('unitId', () => ID, { nullable: true, description: 'Narrow to one unit and its sub-units.' })
    unitId: string | null | undefined,
    @Ctx() context: Context,
  ): Promise<SuccessionPlan> {
    const agency = await context.loaders.agenciesById.load(parseId(agencyId, 'agencyId'));
    if (!agency) throw invalid('agencyId', 'AGENCY_NOT_FOUND');
    const unit = unitId ? await context.loaders.unitsById.load(parseId(unitId, 'unitId')) : null;
    if (unitId && (!unit || unit.agencyId !== agency.id)) throw invalid('unitId', 'UNIT_NOT_FOUND');
    authorize(context.identity, { action: 'succession.read', agencyId: agency.id, unitId: unit?.id ?? null });
    return buildSuccessionPlan(context, agency, unit);
  }
}
