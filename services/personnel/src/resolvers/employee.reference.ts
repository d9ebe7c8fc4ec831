import type { Context } from '../context.js';
import type { Employee } from '../entities/employee.entity.js';

/** Employee has two keys: id and nip. Each representation resolves through the batched loader of its key. */
export function resolveEmployeeReference(
  representation: Record<string, unknown>,
  { loaders }: Context,
): Promise<Employee | null> {
  if (representation.id !== undefined) return loaders.employeesById.load(Number(representation.id));
  return loaders.employeesByNip.load(String(representation.nip));
}
