import { parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import { Unit } from './unit.js';
import { invalid } from '../errors.js';
import { authorize, visibleCertificates } from '../policy.js';
import { daysUntilExpiry, renewedIds } from '../rules/certificate-status.js';
import { MAX_EXPIRING_DAYS } from '../services/certificate-list.service.js';

/** What certification adds to personnel's Unit, over the members personnel computes (sub-units included). */
@Resolver(() => Unit)
export class UnitExpiringCertificatesResolver {
  @Directive('@requires(fields: "memberIds")')
  @FieldResolver(() => [Certificate], {
    nullable: true,
    description:
      'Certificates of the unit’s members (sub-units included), neither revoked, expired nor renewed, expiring within the ' +
      'given number of days, soonest first.',
  })
  async expiringCertificates(
    @Root() unit: Unit,
    @Ctx() context: Context,
    @Arg('withinDays', () => Int, { nullable: true, defaultValue: 90, description: 'Days from today, 0-3650.' })
    withinDays: number | null,
  ): Promise<Certificate[]> {
    const days = withinDays ?? 90;
    if (days < 0 || days > MAX_EXPIRING_DAYS)
      throw invalid('withinDays', 'DAYS_OUT_OF_RANGE', { max: MAX_EXPIRING_DAYS }, { max: MAX_EXPIRING_DAYS });
    authorize(context.identity, 'unit:read', { unitId: parseId(unit.id, 'id') });
    // One loader batch for every unit of the request: a single statement whatever the units and members.
    const groups = await context.loaders.certificatesByEmployeeId.loadMany((unit.memberIds ?? []).map(Number));
    const rows = groups.flatMap((group) => (group instanceof Error ? [] : group));
    // A renewal is the same holder's certificate, so it is among these rows.
    const renewed = renewedIds(rows);
    return visibleCertificates(context.identity, rows)
      .filter((row) => {
        const left = daysUntilExpiry(row, context.today);
        return row.revokedOn === null && !renewed.has(row.id) && left !== null && left >= 0 && left <= days;
      })
      .sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? '') || a.id - b.id);
  }
}
