// A manager's units and people, looked up in personnel for each request (forward-identity.ts), so who manages
// whom follows personnel's data rather than the claims of an 8-hour token.
import type { ManagedScopeLookup } from './forward-identity.js';
import type { SystemClient } from '../system-client.js';

const MANAGED_SCOPE = /* GraphQL */ `
  query ManagedScope($employeeId: ID!) {
    managedScope(employeeId: $employeeId) {
      unitIds
      employeeIds
    }
  }
`;

export function createManagedScopeLookup(personnel: SystemClient): ManagedScopeLookup {
  return async (employeeId) => {
    const data = await personnel<{ managedScope: { unitIds: string[]; employeeIds: string[] } | null }>(MANAGED_SCOPE, {
      employeeId,
    });
    return data.managedScope ?? { unitIds: [], employeeIds: [] };
  };
}
