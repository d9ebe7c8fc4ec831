import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { Employee } from './entities/employee.entity.js';
import { EmployeeEnrolmentsResolver } from './resolvers/employee-enrolments.resolver.js';
import { resolveEnrolmentReference } from './resolvers/enrolment.reference.js';
import { EnrolmentResolver } from './resolvers/enrolment.resolver.js';

export function buildTrainingSchema() {
  return buildSubgraph<Context>({
    resolvers: [EnrolmentResolver, EmployeeEnrolmentsResolver],
    orphanedTypes: [Employee],
    references: { Enrolment: resolveEnrolmentReference },
  });
}
