import { parseId } from '@asn/common';
import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import { Employee } from './employee.js';
import { Scheme } from '../entities/scheme.entity.js';
import { certificateStatus, type CertificateStatusValue } from '../rules/certificate-status.js';
import { positionRequirementStatuses, readEmployeeCertificates } from '../services/employee-certificates.service.js';
import { CertificateStatus } from '../types/certificate-status.enum.js';

/** What certification adds to personnel's Employee. Nullable, so a certification outage leaves the rest intact. */
@Resolver(() => Employee)
export class EmployeeCertificatesResolver {
  @FieldResolver(() => [Certificate], {
    nullable: true,
    description: 'Certificates the employee holds, oldest issue first; only those with the given status today if set.',
  })
  async certificates(
    @Root() employee: Employee,
    @Ctx() context: Context,
    @Arg('status', () => CertificateStatus, { nullable: true }) status?: CertificateStatusValue,
  ): Promise<Certificate[]> {
    const held = await readEmployeeCertificates(context, parseId(employee.id, 'id'));
    if (status === undefined) return held;
    const windows = await context.loaders.expiringWindowByAgencyId.loadMany(held.map((row) => row.agencyId));
    return held.filter((row, i) => certificateStatus(row, context.today, Number(windows[i])) === status);
  }

  @FieldResolver(() => [Scheme], {
    nullable: true,
    description:
      'The schemes the position requires that the employee holds no valid (active or expiring) certificate of.',
  })
  async missingSchemes(
    @Root() employee: Employee,
    @Ctx() context: Context,
    @Arg('positionId', () => ID) positionId: string,
  ): Promise<Scheme[]> {
    const statuses = await positionRequirementStatuses(
      context,
      parseId(employee.id, 'id'),
      parseId(positionId, 'positionId'),
    );
    return statuses.filter((status) => !status.met).map((status) => status.scheme);
  }
}
