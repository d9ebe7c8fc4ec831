import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { Employee } from './entities/employee.entity.js';
import { resolveCertificateReference } from './resolvers/certificate.reference.js';
import { CertificateResolver } from './resolvers/certificate.resolver.js';
import { EmployeeCertificatesResolver } from './resolvers/employee-certificates.resolver.js';

export function buildCertificationSchema() {
  return buildSubgraph<Context>({
    resolvers: [CertificateResolver, EmployeeCertificatesResolver],
    orphanedTypes: [Employee],
    references: { Certificate: resolveCertificateReference },
  });
}
