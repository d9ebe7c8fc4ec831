// The callers of the authorization table: each role signed in (or holding an API key) once per stack, with the
// employee it acts on, so a row states what each role may do to "its" subject.
import type { RequestOptions } from './graphql-client.js';
import { createApiKey } from './api-key.js';
import { signIn } from './sign-in.js';
import type { TestStack } from './start-stack.js';

export const ROLES = [
  'anonymous',
  'asn.self',
  'asn.other',
  'manager.own',
  'manager.outside',
  'admin',
  'admin.other',
  'key',
  'key.pii',
  'key.other',
] as const;
export type Role = (typeof ROLES)[number];

export interface Caller {
  role: Role;
  /** What the role is, in words, for test names. */
  title: string;
  /** The employee this role acts on (all of agency 1, Pemerintah Kota Ambon). */
  subject: number;
  /** The unit this role acts on: the subject's. */
  unit: number;
  /** The caller's own employee record (signed-in users of agency 1); else the subject, for the self-decision rows. */
  self: number;
  request: RequestOptions;
}

/** Seeded employees: asn.ambon.1 is employee 14 in unit 6 (Bidang Aplikasi Informatika), headed by employee 4,
 *  kabid.aplikasi.ambon; 15 works in the same unit; 33 in unit 9 (Puskesmas). admin.ambon is employee 31. */
export const ASN_SELF = 14;
export const COLLEAGUE = 15;
export const OUTSIDER = 33;
export const MANAGER_SELF = 4;
export const ADMIN_SELF = 31;
const FULL_SCOPES = ['personnel:read', 'training:read', 'certification:read'];

const ROLE_SETUP: Record<
  Role,
  { title: string; subject: number; self?: number; user?: string; key?: [number, string[]] }
> = {
  anonymous: { title: 'anonymous', subject: ASN_SELF },
  'asn.self': { title: 'ASN, own record', subject: ASN_SELF, self: ASN_SELF, user: 'asn.ambon.1' },
  'asn.other': { title: 'ASN, a colleague’s record', subject: COLLEAGUE, self: ASN_SELF, user: 'asn.ambon.1' },
  'manager.own': {
    title: 'MANAGER, own unit’s person',
    subject: COLLEAGUE,
    self: MANAGER_SELF,
    user: 'kabid.aplikasi.ambon',
  },
  'manager.outside': {
    title: 'MANAGER, person outside the unit',
    subject: OUTSIDER,
    self: MANAGER_SELF,
    user: 'kabid.aplikasi.ambon',
  },
  admin: { title: 'ADMIN of the agency', subject: COLLEAGUE, self: ADMIN_SELF, user: 'admin.ambon' },
  'admin.other': { title: 'ADMIN of another agency', subject: COLLEAGUE, user: 'admin.mamuju' },
  key: { title: 'API key without pii:read', subject: COLLEAGUE, key: [1, FULL_SCOPES] },
  'key.pii': { title: 'API key with pii:read', subject: COLLEAGUE, key: [1, [...FULL_SCOPES, 'pii:read']] },
  'key.other': { title: 'API key of another agency', subject: COLLEAGUE, key: [2, [...FULL_SCOPES, 'pii:read']] },
};

const UNIT_OF: Record<number, number> = { [ASN_SELF]: 6, [COLLEAGUE]: 6, [OUTSIDER]: 9 };

/** Signs every role in (API keys through personnel's CLI on the stack's database). */
export async function createCallers(stack: TestStack): Promise<Record<Role, Caller>> {
  const entries = await Promise.all(
    ROLES.map(async (role): Promise<[Role, Caller]> => {
      const setup = ROLE_SETUP[role];
      let request: RequestOptions = {};
      if (setup.user) request = { token: await signIn(stack.gatewayUrl, setup.user) };
      if (setup.key) request = { apiKey: await createApiKey(stack.databaseEnv, setup.key[0], setup.key[1], role) };
      const { title, subject } = setup;
      return [role, { role, title, subject, self: setup.self ?? subject, unit: UNIT_OF[subject]!, request }];
    }),
  );
  return Object.fromEntries(entries) as Record<Role, Caller>;
}
