// The callers and small helpers of the in-process master-data tests: administrators of agency 1 (Ambon) and 2
// (Mamuju), a manager and an ASN of agency 1, as the gateway would vouch for them over the demo data.
import type { Role } from '@asn/common';
import { asRole } from '@asn/common/testing';
import type { InProcessSubgraph } from './in-process-subgraph.js';

const user = (userId: string, role: Role, agencyId: string, employeeId: string) =>
  asRole(role, { userId, agencyId, employeeId, vouched: true });
export const ADMIN = user('admin.ambon', 'ADMIN', '1', '31');
export const OTHER_ADMIN = user('admin.mamuju', 'ADMIN', '2', '106');
export const MANAGER = asRole('MANAGER', {
  userId: 'manager.ambon',
  agencyId: 1,
  employeeId: 60,
  unitIds: [6],
  employeeIds: [1, 2, 3],
  vouched: true,
});
export const ASN_1 = user('asn.1', 'ASN', '1', '1');

type Result = { errors?: readonly { extensions?: Record<string, unknown> }[] };

export const mutation = (field: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;
/** The reason code of the first error, else its code (FORBIDDEN, UNAUTHENTICATED). */
export const reasonOf = (result: Result) =>
  result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code;
export const fieldOf = (result: Result) => result.errors?.[0]?.extensions?.field;
/** Rows in a table, to show a refused write wrote nothing. */
export const count = (subgraph: InProcessSubgraph, table: string) =>
  subgraph.dataSource
    .query(`SELECT COUNT(*) AS n FROM ${table}`)
    .then((rows: { n: number | string }[]) => Number(rows[0]!.n));
