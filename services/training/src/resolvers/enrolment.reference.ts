// The Enrolment entity by key (`_entities`), batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';

/** Reference resolvers bypass resolver-level checks: the enrolment's owner rules apply here too. */
export async function resolveEnrolmentReference(
  representation: Record<string, unknown>,
  { loaders, identity }: Context,
) {
  const enrolment = await loaders.enrolmentsById.load(parseId(representation.id, 'id'));
  if (enrolment) authorize(identity, 'employee:read', enrolment);
  return enrolment;
}
