// The SIASN riwayat sertifikasi export (docs/siasn.md) of an employee and of a unit (sub-units included; the root
// unit is the whole agency), with the NIPs personnel sends through @requires.
import { DateScalar, parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { exportSiasnSertifikasi } from '../services/siasn-export.service.js';
import { SiasnSertifikasiExport } from '../types/siasn-sertifikasi.type.js';
import { Employee } from './employee.js';

const DESCRIPTION =
  'Verified certificates issued in the period, as SIASN riwayat sertifikasi records and CSV ' +
  '(the holder, their agency’s administrator, or an API key with pii:read).';

@Resolver(() => Employee)
export class EmployeeSiasnSertifikasiResolver {
  @Directive('@requires(fields: "nipFormatted")')
  @FieldResolver(() => SiasnSertifikasiExport, { nullable: true, description: DESCRIPTION })
  siasnSertifikasi(
    @Root() employee: Employee,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period.' }) to: string,
    @Ctx() context: Context,
  ): Promise<SiasnSertifikasiExport> {
    const employeeId = parseId(employee.id, 'id');
    authorize(context.identity, 'siasn:export', { employeeId });
    return exportSiasnSertifikasi(context, [{ employeeId, nip: employee.nipFormatted ?? null }], from, to);
  }
}
