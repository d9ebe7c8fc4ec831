// Who may do what in the training subgraph, written once (docs/authorization.md): resolvers, reference
// resolvers and loaders all ask here. Rows carry the agency and employee they belong to, so no call to personnel.
import {
  authorizeWith,
  type AgencyResource,
  headsUnit,
  isManagerOf as managesId,
  isOfAgency,
  isSelf,
  unauthenticated,
  vouchedAgencyOf,
  type Identity,
  type UserIdentity,
} from '@asn/common';

export type Action =
  /** The catalog, providers and sessions: public. */
  | 'catalog:read'
  /** Create trainings and sessions, set budgets: an agency's administrator. */
  | 'catalog:manage'
  /** Change or retire an agency's own catalog entries, providers and sessions: its administrator only. National
   * entries (no agency) are kept by their national owner, not by any agency's administrator. */
  | 'catalog:keep'
  /** An employee's enrolments, JP, plan and evidence. */
  | 'employee:read'
  /** Ask for an enrolment or edit a plan on the employee's behalf. */
  | 'employee:request'
  /** Propose an internship or secondment: the employee themself, or an administrator entering it from papers. */
  | 'placement:propose'
  /** Approve, reject, record attendance, results and application ratings; approve or return plans. */
  | 'employee:decide'
  /** The participant's own reaction rating and comment, and their own past trainings submitted for verification. */
  | 'employee:react'
  /** Record or verify a past training as checked evidence: an administrator of the agency, never on their own. */
  | 'employee:verify'
  /** A unit's JP compliance and needs analysis. */
  | 'unit:read'
  /** Cooperation agreements with partners and their activities, read and kept: an agency's administrator. */
  | 'partnership:manage'
  /** Open a unit's yearly training-needs survey and add the manager's needs: its head, or an administrator. */
  | 'survey:manage'
  /** Answer a needs survey: the employee themself, in their agency. */
  | 'survey:respond'
  /** Ratings and comments (personal data for API keys). */
  | 'personal:read'
  /** The enrolments sync feed of an agency (docs/sync.md): its administrator, or an API key with pii:read too,
   * since enrolments carry ratings and comments. */
  | 'changes:sync'
  /** One's own notification feed, and marking it read: the person themself only (an administrator neither). */
  | 'notification:own'
  /** Write the reminders due today for an employee of the agency (the reminder sweep, docs/architecture.md): the
   * gateway's scheduler for that agency, or the agency's administrator ("run now"). */
  | 'reminders:sweep'
  /** The SIASN riwayat kursus export (docs/siasn.md): the employee themself or the agency's administrator; an API
   * key with pii:read too, since it names people with their NIP. A manager or unit head is not enough. */
  | 'siasn:export';

const READ_ACTIONS = new Set<Action>([
  'catalog:read',
  'employee:read',
  'unit:read',
  'personal:read',
  'changes:sync',
  'siasn:export',
]);

/** What an API key reads only with pii:read besides training:read. */
const PERSONAL_ACTIONS = new Set<Action>(['personal:read', 'changes:sync', 'siasn:export']);

/** The manager's people, not the manager. */
const isManagerOf = (identity: UserIdentity, employeeId: number | undefined) =>
  managesId(identity, employeeId) && !isSelf(identity, employeeId);

/**
 * Whether the resource is of the caller's agency: the row's own agency, else the one the gateway vouched for the
 * employee or unit this request names. Unknown is enough only to read, since reads are then filtered row by row.
 */
function sameAgency(identity: Identity & { agencyId: string }, resource: AgencyResource, action: Action): boolean {
  const agencyId = resource.agencyId ?? vouchedAgencyOf(identity, resource);
  if (agencyId != null) return String(agencyId) === identity.agencyId;
  // A national catalog entry belongs to no agency: managing it (its sessions) is any administrator's.
  const namesNoOne = resource.employeeId === undefined && resource.unitId === undefined;
  return READ_ACTIONS.has(action) || (action === 'catalog:manage' && namesNoOne);
}

function userCan(identity: UserIdentity, action: Action, resource: AgencyResource): boolean {
  const self = isSelf(identity, resource.employeeId);
  const isAdmin = identity.role === 'ADMIN' && sameAgency(identity, resource, action);
  switch (action) {
    case 'catalog:read':
      return true;
    case 'catalog:manage':
      return isAdmin;
    case 'catalog:keep':
      return identity.role === 'ADMIN' && resource.agencyId != null && String(resource.agencyId) === identity.agencyId;
    case 'employee:read':
    case 'personal:read':
    case 'employee:request':
      return self || isAdmin || isManagerOf(identity, resource.employeeId);
    case 'placement:propose':
      return self || isAdmin;
    case 'employee:decide':
      // Nobody decides on their own enrolment or plan, an administrator included.
      return !self && (isAdmin || isManagerOf(identity, resource.employeeId));
    case 'employee:react':
      return self;
    case 'employee:verify':
      return !self && isAdmin;
    case 'changes:sync':
      return isAdmin;
    case 'siasn:export':
      return self || isAdmin;
    case 'unit:read':
      return isAdmin || headsUnit(identity, resource.unitId);
    case 'notification:own':
      return self;
    case 'reminders:sweep':
      return identity.role === 'ADMIN' && isOfAgency(identity, resource.agencyId);
    case 'partnership:manage':
      return isAdmin;
    case 'survey:manage':
      return isAdmin || headsUnit(identity, resource.unitId);
    case 'survey:respond':
      return self && sameAgency(identity, resource, action);
  }
}

export function can(identity: Identity, action: Action, resource: AgencyResource = {}): boolean {
  switch (identity.kind) {
    // The gateway's own identity looks up users, keys and agencies in personnel only: here it may read the public
    // catalog like anyone, and nothing else.
    case 'system':
      return action === 'catalog:read';
    case 'anonymous':
      return action === 'catalog:read';
    // The reminder sweep of one agency: that, and nothing else (no catalog, no feed, no personal data).
    case 'scheduler':
      return action === 'reminders:sweep' && isOfAgency(identity, resource.agencyId);
    case 'apiKey':
      if (!READ_ACTIONS.has(action)) return false;
      if (action === 'catalog:read') return true;
      if (!identity.scopes.includes('training:read')) return false;
      if (PERSONAL_ACTIONS.has(action) && !identity.scopes.includes('pii:read')) return false;
      return sameAgency(identity, resource, action);
    case 'user':
      return userCan(identity, action, resource);
  }
}

/** Data beyond the catalog needs a caller: figures over rows are then limited to the rows the caller may read. */
export function assertSignedIn(identity: Identity): void {
  if (identity.kind === 'anonymous') throw unauthenticated();
}

/** Throws UNAUTHENTICATED for an anonymous caller, FORBIDDEN for anyone else who may not. */
export const authorize = authorizeWith(can);

/** Keeps the rows the caller may read, for lists whose rows belong to several agencies or employees. */
export function visibleRows<T extends { agencyId: number; employeeId: number }>(identity: Identity, rows: T[]): T[] {
  return rows.filter((row) => can(identity, 'employee:read', row));
}
