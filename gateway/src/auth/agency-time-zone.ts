// The time zone of the caller's agency, vouched in the signed identity so training and certification (which own no
// agencies) date "today" as personnel does (services/common clock). An agency's zone changes almost never, so it is
// looked up in personnel once and kept for a while rather than on every request.
import type { SystemClient } from '../system-client.js';

const AGENCY_TIME_ZONE = /* GraphQL */ `
  query AgencyTimeZone($id: ID!) {
    agency(id: $id) {
      timeZone
    }
  }
`;

export type AgencyTimeZoneLookup = (agencyId: string) => Promise<string | undefined>;

export function createAgencyTimeZoneLookup(personnel: SystemClient, ttlMs = 300_000): AgencyTimeZoneLookup {
  const cache = new Map<string, { timeZone: string | undefined; until: number }>();
  return async (agencyId) => {
    const cached = cache.get(agencyId);
    if (cached && cached.until > Date.now()) return cached.timeZone;
    let timeZone: string | undefined;
    try {
      const data = await personnel<{ agency: { timeZone: string } | null }>(AGENCY_TIME_ZONE, { id: agencyId });
      timeZone = data.agency?.timeZone;
    } catch {
      // Personnel down: training and certification still answer (on the default zone, services/common clock), as
      // they would without this look-up; the failure is not cached, so the next request asks again.
      return undefined;
    }
    cache.set(agencyId, { timeZone, until: Date.now() + ttlMs });
    return timeZone;
  };
}
