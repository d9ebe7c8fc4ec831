// Cooperation agreements as the administrator reads them: the agency's list, each with its status today, its
// activities and the catalog provider and placements they link to, all through loaders.
import { DateScalar } from '@asn/common';
import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { PartnershipActivity } from '../entities/partnership-activity.entity.js';
import { Partnership } from '../entities/partnership.entity.js';
import { Placement } from '../entities/placement.entity.js';
import { Provider } from '../entities/provider.entity.js';
import { partnershipStatus, type PartnershipStatus as StatusValue } from '../rules/partnership.js';
import { listPartnerships } from '../services/partnership.service.js';
import { PartnershipStatus } from '../types/partnership.enums.js';

const lastActivityOn = async (row: Partnership, { loaders }: Context) =>
  (await loaders.activitiesByPartnershipId.load(row.id))[0]?.heldOn ?? null;

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => [Partnership], {
    description: "The caller's agency's cooperation agreements, soonest end first (administrators).",
  })
  partnerships(@Ctx() context: Context): Promise<Partnership[]> {
    return listPartnerships(context);
  }

  @FieldResolver(() => PartnershipStatus, {
    description:
      "Active, lapsing (ends within the agency's window, default 90 days), lapsed, or unused (no activity in the agency's window, default 6 months).",
  })
  async status(@Root() row: Partnership, @Ctx() context: Context): Promise<StatusValue> {
    const [last, settings] = await Promise.all([
      lastActivityOn(row, context),
      context.loaders.jpSettingsByAgencyId.load(row.agencyId),
    ]);
    return partnershipStatus(row, last, context.today, {
      lapsingDays: settings.partnershipLapsingDays,
      unusedMonths: settings.partnershipUnusedMonths,
    });
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The day of the latest activity; null if none.' })
  lastActivityOn(@Root() row: Partnership, @Ctx() context: Context): Promise<string | null> {
    return lastActivityOn(row, context);
  }

  @FieldResolver(() => [PartnershipActivity], { description: 'What was done under it, latest first.' })
  activities(@Root() row: Partnership, @Ctx() { loaders }: Context): Promise<PartnershipActivity[]> {
    return loaders.activitiesByPartnershipId.load(row.id);
  }

  @FieldResolver(() => Int, { description: 'Employees who took part in its activities (or places granted).' })
  async participants(@Root() row: Partnership, @Ctx() { loaders }: Context): Promise<number> {
    const activities = await loaders.activitiesByPartnershipId.load(row.id);
    return activities.reduce((sum, activity) => sum + activity.participants, 0);
  }

  @FieldResolver(() => Provider, { nullable: true, description: 'The catalog provider the partner is, if any.' })
  async provider(@Root() row: Partnership, @Ctx() { loaders }: Context): Promise<Provider | null> {
    return row.providerId === null ? null : loaders.providersById.load(row.providerId);
  }
}

@Resolver(() => PartnershipActivity)
export class PartnershipActivityResolver {
  @FieldResolver(() => Placement, { nullable: true, description: 'The internship it was, as a placement record.' })
  async placement(@Root() row: PartnershipActivity, @Ctx() { loaders }: Context): Promise<Placement | null> {
    return row.placementId === null ? null : loaders.placementsById.load(row.placementId);
  }
}
