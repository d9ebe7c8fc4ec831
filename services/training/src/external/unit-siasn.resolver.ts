// A unit's SIASN riwayat kursus export (sub-units included; the agency's root unit is the whole agency), for an
// external system's sync: member ids and NIPs come from personnel through @requires, the records in one batch.
import { DateScalar, parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { exportSiasnKursus } from '../services/siasn-export.service.js';
import { SiasnKursusExport } from '../types/siasn-kursus.type.js';
import { Unit } from './unit.js';

@Resolver(() => Unit)
export class UnitSiasnResolver {
  @Directive('@requires(fields: "memberIds memberNips")')
  @FieldResolver(() => SiasnKursusExport, {
    nullable: true,
    description:
      'Completed trainings of the members (sub-units included) whose last day is in the period, as SIASN riwayat ' +
      'diklat/kursus records and CSV (the agency’s administrator, or an API key with pii:read).',
  })
  siasnKursus(
    @Root() unit: Unit,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period.' }) to: string,
    @Ctx() context: Context,
  ): Promise<SiasnKursusExport> {
    authorize(context.identity, 'siasn:export', { unitId: parseId(unit.id, 'id') });
    const nips = unit.memberNips ?? [];
    const members = (unit.memberIds ?? []).map((id, index) => ({
      employeeId: parseId(id, 'memberIds'),
      nip: nips[index] || null,
    }));
    return exportSiasnKursus(context, members, from, to);
  }
}
