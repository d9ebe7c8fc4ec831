// A unit's SIASN riwayat sertifikasi export: member ids and NIPs from personnel (@requires), certificates in one batch.
import { DateScalar, parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { exportSiasnSertifikasi } from '../services/siasn-export.service.js';
import { SiasnSertifikasiExport } from '../types/siasn-sertifikasi.type.js';
import { Unit } from './unit.js';

@Resolver(() => Unit)
export class UnitSiasnSertifikasiResolver {
  @Directive('@requires(fields: "memberIds memberNips")')
  @FieldResolver(() => SiasnSertifikasiExport, {
    nullable: true,
    description:
      'Verified certificates of the members (sub-units included) issued in the period, as SIASN riwayat sertifikasi ' +
      'records and CSV (the agency’s administrator, or an API key with pii:read).',
  })
  siasnSertifikasi(
    @Root() unit: Unit,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period.' }) to: string,
    @Ctx() context: Context,
  ): Promise<SiasnSertifikasiExport> {
    authorize(context.identity, 'siasn:export', { unitId: parseId(unit.id, 'id') });
    const nips = unit.memberNips ?? [];
    const members = (unit.memberIds ?? []).map((id, index) => ({
      employeeId: parseId(id, 'memberIds'),
      nip: nips[index] || null,
    }));
    return exportSiasnSertifikasi(context, members, from, to);
  }
}
