// Stubs of personnel's entities by key, and this subgraph's own reference resolvers (batched through loaders).
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { Competency } from '../entities/competency.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import { authorize } from '../policy.js';

export function competencyRef(id: number | string): Competency {
  return { id: String(id) };
}

export function employeeRef(id: number | string): Employee {
  return { id: String(id) };
}

export async function resolveTrainingReference(representation: Record<string, unknown>, { loaders }: Context) {
  return loaders.trainingsById.load(parseId(representation.id, 'id'));
}

/** Reference resolvers bypass resolver-level checks: the enrolment's owner rules apply here too. */
export async function resolveEnrolmentReference(
  representation: Record<string, unknown>,
  { loaders, identity }: Context,
) {
  const enrolment = await loaders.enrolmentsById.load(parseId(representation.id, 'id'));
  if (enrolment) authorize(identity, 'employee:read', enrolment);
  return enrolment;
}
