import { registerEnumType } from 'type-graphql';
import { enumOf } from '@asn/common';
import { CERTIFICATE_STATUSES } from '../rules/certificate-status.js';

export const CertificateStatus = enumOf(CERTIFICATE_STATUSES);

registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'Where a certificate stands today, computed when read (never stored); revoked wins over the others.',
  valuesConfig: {
    ACTIVE: { description: 'Valid, and its expiry (if any) is further away than the agency window (default 90 days).' },
    EXPIRING: { description: 'Still valid, but expires within the agency window (default 90 days).' },
    EXPIRED: { description: 'Past its expiry date.' },
    REVOKED: { description: 'Withdrawn by the issuer or the agency, with a reason and a date.' },
  },
});
