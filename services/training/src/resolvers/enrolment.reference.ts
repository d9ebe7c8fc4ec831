import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';

export function resolveEnrolmentReference(
  representation: Record<string, unknown>,
  { loaders }: Context,
): Promise<Enrolment | null> {
  return loaders.enrolmentsById.load(Number(representation.id));
}
