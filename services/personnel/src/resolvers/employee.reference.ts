// The Employee entity by key (`_entities`), batched through the loaders; it checks the policy itself because
// __resolveReference bypasses type-graphql's middleware.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { Employee } from '../entities/employee.entity.js';
import { authorize } from '../policy.js';
import { normalizeNip } from '../rules/nip.js';

/** Employee has two keys: id and nip. Resolving by NIP is a personal look-up. */
export async function resolveEmployeeReference(
  representation: Record<string, unknown>,
  context: Context,
): Promise<Employee | null> {
  if (representation.id !== undefined) {
    const employee = await context.loaders.employeesById.load(parseId(representation.id, 'id'));
    if (employee) authorize(context.identity, { action: 'employee.read', employee });
    return employee;
  }
  const employee = await context.loaders.employeesByNip.load(normalizeNip(String(representation.nip)));
  if (employee) authorize(context.identity, { action: 'employee.readPersonal', employee });
  return employee;
}
