import { CertificateChangeFeedResolver } from './resolvers/certificate-change-feed.resolver.js';
import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { CareerOption } from './entities/career-option.entity.js';
import { Competency } from './entities/competency.entity.js';
import { Employee } from './entities/employee.entity.js';
import { Position } from './entities/position.entity.js';
import { Unit } from './entities/unit.entity.js';
import { CareerOptionCertificationResolver } from './resolvers/career-option-certification.resolver.js';
import { CertificateMutationResolver } from './resolvers/certificate-mutation.resolver.js';
import { CertificateResolver } from './resolvers/certificate.resolver.js';
import { CompetencySchemesResolver } from './resolvers/competency-schemes.resolver.js';
import { EmployeeCertificatesResolver } from './resolvers/employee-certificates.resolver.js';
import { PositionSchemesResolver } from './resolvers/position-schemes.resolver.js';
import { resolveIssuerReference, resolveSchemeReference } from './resolvers/catalog.reference.js';
import { resolveCertificateReference } from './resolvers/certificate.reference.js';
import { SchemeCompetencyResolver } from './resolvers/scheme-competency.resolver.js';
import { SchemeMutationResolver } from './resolvers/scheme-mutation.resolver.js';
import { SchemeResolver } from './resolvers/scheme.resolver.js';
import { UnitExpiringCertificatesResolver } from './resolvers/unit-expiring-certificates.resolver.js';

export function buildCertificationSchema() {
  return buildSubgraph<Context>({
    service: 'certification',
    resolvers: [
      SchemeResolver,
      SchemeMutationResolver,
      SchemeCompetencyResolver,
      CertificateResolver,
      CertificateMutationResolver,
      EmployeeCertificatesResolver,
      PositionSchemesResolver,
      CompetencySchemesResolver,
      UnitExpiringCertificatesResolver,
      CareerOptionCertificationResolver,
      CertificateChangeFeedResolver,
    ],
    orphanedTypes: [Employee, Position, Competency, Unit, CareerOption],
    references: {
      Certificate: resolveCertificateReference,
      Scheme: resolveSchemeReference,
      Issuer: resolveIssuerReference,
    },
  });
}
