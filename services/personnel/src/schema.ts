import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { resolveEmployeeReference } from './resolvers/employee.reference.js';
import { EmployeeResolver } from './resolvers/employee.resolver.js';

export function buildPersonnelSchema() {
  return buildSubgraph<Context>({
    resolvers: [EmployeeResolver],
    references: { Employee: resolveEmployeeReference },
  });
}
