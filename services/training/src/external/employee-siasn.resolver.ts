// The employee's own SIASN riwayat kursus export (docs/siasn.md), with the NIP personnel sends through @requires.
import { DateScalar, parseId } from '@asn/common';
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { exportSiasnKursus } from '../services/siasn-export.service.js';
import { SiasnKursusExport } from '../types/siasn-kursus.type.js';
import { Employee } from './employee.js';

@Resolver(() => Employee)
export class EmployeeSiasnResolver {
  @Directive('@requires(fields: "nipFormatted")')
  @FieldResolver(() => SiasnKursusExport, {
    nullable: true,
    description:
      'Completed trainings whose last day is in the period, as SIASN riwayat diklat/kursus records and CSV ' +
      '(the employee, their agency’s administrator, or an API key with pii:read).',
  })
  siasnKursus(
    @Root() employee: Employee,
    @Arg('from', () => DateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period.' }) to: string,
    @Ctx() context: Context,
  ): Promise<SiasnKursusExport> {
    const employeeId = parseId(employee.id, 'id');
    authorize(context.identity, 'siasn:export', { employeeId });
    return exportSiasnKursus(context, [{ employeeId, nip: employee.nipFormatted ?? null }], from, to);
  }
}
