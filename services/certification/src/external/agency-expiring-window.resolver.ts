import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { parseId } from '@asn/common';
import { Agency } from './agency.js';

/** What certification adds to personnel's Agency: the expiring window in force (public, as it is a rule). */
@Resolver(() => Agency)
export class AgencyExpiringWindowResolver {
  @FieldResolver(() => Int, {
    description: 'Days before expiry a certificate of the agency counts as expiring: its own window, else the default.',
  })
  expiringWithinDays(@Root() agency: Agency, @Ctx() context: Context): Promise<number> {
    return context.loaders.expiringWindowByAgencyId.load(parseId(agency.id, 'id'));
  }
}
