// A key position's successors as the succession page groups them: by the readiness the API gives, readiest first,
// keeping the API's order inside each group and leaving out the empty groups.
import { SuccessionReadiness } from '../graphql/generated/graphql';

export const READINESS_ORDER = Object.values(SuccessionReadiness);

export interface ReadinessGroup<T> {
  readiness: SuccessionReadiness;
  candidates: T[];
}

export function groupByReadiness<T extends { readiness: SuccessionReadiness }>(
  candidates: readonly T[],
): ReadinessGroup<T>[] {
  return READINESS_ORDER.map((readiness) => ({
    readiness,
    candidates: candidates.filter((candidate) => candidate.readiness === readiness),
  })).filter((group) => group.candidates.length > 0);
}
