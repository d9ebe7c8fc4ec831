// An employee's certificates as the caller may see them: the holder, their manager and the system see all; an
// administrator or API key sees those recorded in their agency. Batched through the per-request loader.
import type { Context } from '../context.js';
import type { Certificate } from '../entities/certificate.entity.js';
import type { Scheme } from '../entities/scheme.entity.js';
import { authorize, visibleCertificates } from '../policy.js';
import { requirementStatuses, type RequirementStatus } from '../rules/scheme-gap.js';

export async function readEmployeeCertificates(context: Context, employeeId: number): Promise<Certificate[]> {
  authorize(context.identity, 'certificate:read', { employeeId });
  return visibleCertificates(context.identity, await context.loaders.certificatesByEmployeeId.load(employeeId));
}

/** The schemes a position requires, each met or not by the employee's valid certificates. */
export async function positionRequirementStatuses(
  context: Context,
  employeeId: number,
  positionId: number,
): Promise<RequirementStatus<Scheme, Certificate>[]> {
  const [held, required] = await Promise.all([
    readEmployeeCertificates(context, employeeId),
    context.loaders.schemesByPositionId.load(positionId),
  ]);
  return requirementStatuses(required, held, context.today);
}
