// Reference resolvers (`_entities`): each batches through a per-request loader, and checks the policy itself
// because __resolveReference bypasses type-graphql's middleware.
import { parseId } from '@asn/common';
import type { ReferenceResolver } from '@asn/common';
import type { Context } from '../context.js';
import type { Employee } from '../entities/employee.entity.js';
import { authorize } from '../policy.js';
import { normalizeNip } from '../rules/nip.js';
import { findCareerOption } from './career-option.resolver.js';

const idOf = (representation: Record<string, unknown>) => parseId(representation.id, 'id');

/** Employee has two keys: id and nip. Resolving by NIP is a personal look-up. */
async function resolveEmployee(representation: Record<string, unknown>, context: Context): Promise<Employee | null> {
  if (representation.id !== undefined) {
    const employee = await context.loaders.employeesById.load(idOf(representation));
    if (employee) authorize(context.identity, { action: 'employee.read', employee });
    return employee;
  }
  const employee = await context.loaders.employeesByNip.load(normalizeNip(String(representation.nip)));
  if (employee) authorize(context.identity, { action: 'employee.readPersonal', employee });
  return employee;
}

/** Agencies, units, positions and competencies are public catalog data; a career option is personal. */
export const references: Record<string, ReferenceResolver<Context>> = {
  Employee: resolveEmployee,
  CareerOption: (representation, context) =>
    findCareerOption(
      context,
      parseId(representation.employeeId, 'employeeId'),
      parseId(representation.positionId, 'positionId'),
    ),
  Agency: (representation, { loaders }) => loaders.agenciesById.load(idOf(representation)),
  Unit: (representation, { loaders }) => loaders.unitsById.load(idOf(representation)),
  Position: (representation, { loaders }) => loaders.positionsById.load(idOf(representation)),
  Competency: (representation, { loaders }) => loaders.competenciesById.load(idOf(representation)),
};
