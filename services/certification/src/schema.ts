import { CertificateChangeFeedResolver } from './resolvers/certificate-change-feed.resolver.js';
import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { CareerOption } from './external/career-option.js';
import { Competency } from './external/competency.js';
import { Employee } from './external/employee.js';
import { Position } from './external/position.js';
import { Unit } from './external/unit.js';
import { Agency } from './external/agency.js';
import { AgencyExpiringWindowResolver } from './external/agency-expiring-window.resolver.js';
import { CareerOptionCertificationResolver } from './external/career-option-certification.resolver.js';
import { CertificateMutationResolver } from './resolvers/certificate-mutation.resolver.js';
import { CertificateResolver } from './resolvers/certificate.resolver.js';
import { CompetencySchemesResolver } from './external/competency-schemes.resolver.js';
import { EmployeeNotificationsResolver } from './external/employee-notifications.resolver.js';
import { EmployeeReminderSweepResolver } from './external/employee-reminder-sweep.resolver.js';
import { NotificationMutationResolver } from './resolvers/notification-mutation.resolver.js';
import { EmployeeCertificatesResolver } from './external/employee-certificates.resolver.js';
import { PositionSchemesResolver } from './external/position-schemes.resolver.js';
import { IssuerResolver } from './resolvers/issuer.resolver.js';
import { resolveIssuerReference } from './resolvers/issuer.reference.js';
import { resolveSchemeReference } from './resolvers/scheme.reference.js';
import { resolveCertificateReference } from './resolvers/certificate.reference.js';
import { SchemeCompetencyResolver } from './resolvers/scheme-competency.resolver.js';
import { SchemeMutationResolver } from './resolvers/scheme-mutation.resolver.js';
import { SchemeResolver } from './resolvers/scheme.resolver.js';
import { UnitExpiringCertificatesResolver } from './external/unit-expiring-certificates.resolver.js';
import { EmployeeSiasnSertifikasiResolver } from './external/employee-siasn-sertifikasi.resolver.js';
import { UnitSiasnSertifikasiResolver } from './external/unit-siasn-sertifikasi.resolver.js';

export function buildCertificationSchema() {
  return buildSubgraph<Context>({
    service: 'certification',
    resolvers: [
      AgencyExpiringWindowResolver,
      SchemeResolver,
      IssuerResolver,
      SchemeMutationResolver,
      SchemeCompetencyResolver,
      CertificateResolver,
      CertificateMutationResolver,
      EmployeeCertificatesResolver,
      EmployeeNotificationsResolver,
      EmployeeReminderSweepResolver,
      NotificationMutationResolver,
      PositionSchemesResolver,
      CompetencySchemesResolver,
      UnitExpiringCertificatesResolver,
      EmployeeSiasnSertifikasiResolver,
      UnitSiasnSertifikasiResolver,
      CareerOptionCertificationResolver,
      CertificateChangeFeedResolver,
    ],
    orphanedTypes: [Employee, Position, Competency, Unit, CareerOption, Agency],
    references: {
      Certificate: resolveCertificateReference,
      Scheme: resolveSchemeReference,
      Issuer: resolveIssuerReference,
    },
  });
}
