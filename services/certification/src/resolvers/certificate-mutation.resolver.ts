import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import { RecordCertificateInput } from '../inputs/record-certificate.input.js';
import { RenewCertificateInput } from '../inputs/renew-certificate.input.js';
import { RevokeCertificateInput } from '../inputs/revoke-certificate.input.js';
import { RemindCertificateHolderInput, VerifyCertificateInput } from '../inputs/verify-certificate.input.js';
import {
  recordCertificate,
  remindCertificateHolder,
  renewCertificate,
  revokeCertificate,
  verifyCertificate,
} from '../services/certificate-writer.service.js';

@Resolver(() => Certificate)
export class CertificateMutationResolver {
  @Mutation(() => Certificate, {
    description:
      'Records a certificate for an employee (the employee’s manager or the agency administrator). The scheme must ' +
      'exist, the issue date not be after today, the expiry after the issue, and the number new for the issuer.',
  })
  recordCertificate(
    @Arg('input', () => RecordCertificateInput) input: RecordCertificateInput,
    @Ctx() context: Context,
  ) {
    return recordCertificate(context, input);
  }

  @Mutation(() => Certificate, {
    description: 'Marks a certificate checked against its issuer, by whom and today (manager or administrator).',
  })
  verifyCertificate(
    @Arg('input', () => VerifyCertificateInput) input: VerifyCertificateInput,
    @Ctx() context: Context,
  ) {
    return verifyCertificate(context, input.certificateId);
  }

  @Mutation(() => Certificate, {
    description:
      'Records the certificate that renews another (administrator): same holder and scheme, linked to the one it ' +
      'renews; a certificate is renewed once, and never once revoked.',
  })
  renewCertificate(@Arg('input', () => RenewCertificateInput) input: RenewCertificateInput, @Ctx() context: Context) {
    return renewCertificate(context, input);
  }

  @Mutation(() => Certificate, { description: 'Revokes a certificate with a reason and a date (administrator).' })
  revokeCertificate(
    @Arg('input', () => RevokeCertificateInput) input: RevokeCertificateInput,
    @Ctx() context: Context,
  ) {
    return revokeCertificate(context, input);
  }

  @Mutation(() => Certificate, {
    description:
      'Records that the administrator reminded the holder of the certificate’s expiry, today: kept on the ' +
      'certificate and in the audit log; no message leaves the system.',
  })
  remindCertificateHolder(
    @Arg('input', () => RemindCertificateHolderInput) input: RemindCertificateHolderInput,
    @Ctx() context: Context,
  ) {
    return remindCertificateHolder(context, input.certificateId);
  }
}
