import { parseId } from '@asn/common';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import { Employee } from '../external/employee.js';
import { Issuer } from '../entities/issuer.entity.js';
import { Scheme } from '../entities/scheme.entity.js';
import { CertificateFilter } from '../inputs/certificate-filter.input.js';
import { authorize } from '../policy.js';
import { certificateStatus, daysUntilExpiry, type CertificateStatusValue } from '../rules/certificate-status.js';
import { listCertificates } from '../services/certificate-list.service.js';
import { CertificateConnection } from '../types/certificate-connection.type.js';
import { CertificateStatus } from '../types/certificate-status.enum.js';
import { VerificationState } from '../types/verification-state.enum.js';

/** A certificate the caller may read, else null for a missing one; FORBIDDEN/UNAUTHENTICATED when not theirs. */
export async function readableCertificate(context: Context, id: number): Promise<Certificate | null> {
  const certificate = await context.loaders.certificatesById.load(id);
  if (certificate) authorize(context.identity, 'certificate:read', certificate);
  return certificate;
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => Certificate, { nullable: true, description: 'One certificate by id; null when there is none.' })
  certificate(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Certificate | null> {
    return readableCertificate(context, parseId(id, 'id'));
  }

  @Query(() => CertificateConnection, {
    description:
      'Certificates the caller may read (own, their people’s, or their agency’s), by employee, scheme, status or ' +
      'expiry window, in the order they were recorded.',
  })
  certificates(
    @Ctx() context: Context,
    @Arg('filter', () => CertificateFilter, {
      nullable: true,
      description: 'Conditions; none lists all the caller may read.',
    })
    filter?: CertificateFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
    after?: string,
  ): Promise<CertificateConnection> {
    return listCertificates(context, filter, first, after);
  }

  @FieldResolver(() => Employee, { description: 'The holder.' })
  employee(@Root() certificate: Certificate): Employee {
    return { id: String(certificate.employeeId) };
  }

  @FieldResolver(() => Scheme, { description: 'The scheme it was issued under.' })
  async scheme(@Root() certificate: Certificate, @Ctx() { loaders }: Context): Promise<Scheme> {
    const scheme = await loaders.schemesById.load(certificate.schemeId);
    if (!scheme) throw new Error(`certificate ${certificate.id} has no scheme ${certificate.schemeId}`);
    return scheme;
  }

  @FieldResolver(() => Issuer, { description: 'Who issued it (the scheme’s issuer).' })
  async issuer(@Root() certificate: Certificate, @Ctx() { loaders }: Context): Promise<Issuer> {
    const issuer = await loaders.issuersById.load(certificate.issuerId);
    if (!issuer) throw new Error(`certificate ${certificate.id} has no issuer ${certificate.issuerId}`);
    return issuer;
  }

  @FieldResolver(() => CertificateStatus, {
    description: 'Status today: revoked, expired, expiring (within the agency window, default 90 days) or active.',
  })
  async status(@Root() certificate: Certificate, @Ctx() { loaders, today }: Context): Promise<CertificateStatusValue> {
    const window = await loaders.expiringWindowByAgencyId.load(certificate.agencyId);
    return certificateStatus(certificate, today, window);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days from today to the expiry date (0 on the last valid day, negative once expired); null for lifetime.',
  })
  daysUntilExpiry(@Root() certificate: Certificate, @Ctx() { today }: Context): number | null {
    return daysUntilExpiry(certificate, today);
  }

  @FieldResolver(() => VerificationState, { description: 'Whether it has been checked against the issuer.' })
  verificationState(@Root() certificate: Certificate): VerificationState {
    return certificate.verifiedBy === null ? VerificationState.UNVERIFIED : VerificationState.VERIFIED;
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The earlier certificate this one renews.' })
  renews(@Root() certificate: Certificate, @Ctx() context: Context): Promise<Certificate | null> | null {
    return certificate.renewsId === null ? null : readableCertificate(context, certificate.renewsId);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The later certificate that renews this one.' })
  renewedBy(@Root() certificate: Certificate, @Ctx() { loaders }: Context): Promise<Certificate | null> {
    // Same holder, so whoever reads this one may read its renewal.
    return loaders.certificatesByRenewsId.load(certificate.id);
  }
}
