// The certificates sync feed (services/common sync, docs/sync.md): an agency's administrator, or an API key with
// certification:read, reads what changed in the agency's certificates since a change cursor.
import { callerAgency, createChangeFeedResolver, ownAgencies } from '@asn/common';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import { authorize } from '../policy.js';

export const CertificateChangeFeedResolver = createChangeFeedResolver<Certificate, Context>({
  queryName: 'certificateChanges',
  node: Certificate,
  name: 'Certificate',
  what: 'certificate',
  scopeOf: ({ identity }) => {
    const agencyId = callerAgency(identity);
    authorize(identity, 'changes:sync', { agencyId });
    return agencyId!;
  },
  agenciesOf: ownAgencies,
});
