// Who may do what in the certification subgraph, written once (docs/authorization.md): resolvers, reference
// resolvers and contributed fields all ask here. Certificates carry their holder's agency, so no call to personnel.
// Certificate numbers, schemes and dates are professional credentials, not personal data: an API key with
// certification:read reads them without pii:read.
import {
  authorizeWith,
  type AgencyResource,
  headsUnit,
  isManagerOf as managesId,
  isOfAgency,
  isSelf as isSelfId,
  vouchedAgencyOf,
  type Identity,
  type UserIdentity as User,
} from '@asn/common';

export type Action =
  /** Issuers, schemes, the competencies they certify, the positions that require them: public. */
  | 'catalog:read'
  /** An employee's certificates. */
  | 'certificate:read'
  /** Record a certificate for an employee. */
  | 'certificate:record'
  /** Mark a certificate checked against the issuer. */
  | 'certificate:verify'
  /** Record the renewal of a certificate. */
  | 'certificate:renew'
  /** Revoke a certificate. */
  | 'certificate:revoke'
  /** Record that the holder was reminded of the certificate's expiry: the agency's administrator. */
  | 'certificate:remind'
  /** A unit's certificates (its members', sub-units included). */
  | 'unit:read'
  /** Add, change or retire the agency's own schemes and set its expiring window: its administrator. National
   * schemes (no agency) are kept by their issuer, not by any agency's administrator. */
  | 'scheme:keep'
  /** The certificates sync feed of an agency (docs/sync.md): its administrator or an API key. */
  | 'changes:sync'
  /** One's own notification feed, and marking it read: the person themself only (an administrator neither). */
  | 'notification:own'
  /** Write the expiry reminders due today for an employee of the agency (the reminder sweep, docs/architecture.md):
   * the gateway's scheduler for that agency, or the agency's administrator ("run now"). */
  | 'reminders:sweep'
  /** The SIASN riwayat sertifikasi export (docs/siasn.md): the holder or the agency's administrator; an API key with
   * pii:read too, since it names people with their NIP. */
  | 'siasn:export';

const READ_ACTIONS = new Set<Action>(['catalog:read', 'certificate:read', 'unit:read', 'changes:sync', 'siasn:export']);

/**
 * Whether the resource is of the caller's agency: the row's own agency, else the one the gateway vouched for the
 * employee or unit this request names. Unknown is enough only to read, since reads are then filtered row by row.
 */
function sameAgency(identity: Identity & { agencyId: string }, resource: AgencyResource, action: Action): boolean {
  const agencyId = resource.agencyId ?? vouchedAgencyOf(identity, resource);
  if (agencyId == null) return READ_ACTIONS.has(action);
  return String(agencyId) === identity.agencyId;
}

const isSelf = (identity: User, resource: AgencyResource) => isSelfId(identity, resource.employeeId);

/** The manager's people, not the manager: nobody verifies their own certificate. */
const isManagerOf = (identity: User, resource: AgencyResource) =>
  managesId(identity, resource.employeeId) && !isSelf(identity, resource);

function userCan(identity: User, action: Action, resource: AgencyResource): boolean {
  const isAdmin = identity.role === 'ADMIN' && sameAgency(identity, resource, action);
  switch (action) {
    case 'catalog:read':
      return true;
    case 'certificate:read':
      return isSelf(identity, resource) || isAdmin || isManagerOf(identity, resource);
    // A certificate is a record about its holder: nobody records or renews their own.
    case 'certificate:record':
      return !isSelf(identity, resource) && (isAdmin || isManagerOf(identity, resource));
    case 'certificate:verify':
      return !isSelf(identity, resource) && (isAdmin || isManagerOf(identity, resource));
    case 'certificate:renew':
      return isAdmin && !isSelf(identity, resource);
    case 'scheme:keep':
      return identity.role === 'ADMIN' && resource.agencyId != null && String(resource.agencyId) === identity.agencyId;
    case 'certificate:revoke':
      return isAdmin && !isSelf(identity, resource);
    case 'certificate:remind':
      return isAdmin;
    case 'changes:sync':
      return isAdmin;
    case 'siasn:export':
      return isSelf(identity, resource) || isAdmin;
    case 'unit:read':
      return isAdmin || headsUnit(identity, resource.unitId);
    case 'notification:own':
      return isSelf(identity, resource);
    case 'reminders:sweep':
      return identity.role === 'ADMIN' && isOfAgency(identity, resource.agencyId);
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
    // The reminder sweep of one agency: that, and nothing else (no catalog, no certificates, no feed).
    case 'scheduler':
      return action === 'reminders:sweep' && isOfAgency(identity, resource.agencyId);
    case 'apiKey':
      if (action === 'catalog:read') return true;
      return (
        READ_ACTIONS.has(action) &&
        identity.scopes.includes('certification:read') &&
        (action !== 'siasn:export' || identity.scopes.includes('pii:read')) &&
        sameAgency(identity, resource, action)
      );
    case 'user':
      return userCan(identity, action, resource);
  }
}

/** Throws UNAUTHENTICATED for an anonymous caller, FORBIDDEN for anyone else who may not. */
export const authorize = authorizeWith(can);

/** Keeps the certificates the caller may read (an administrator or API key: their agency's only). */
export function visibleCertificates<T extends { agencyId: number; employeeId: number }>(
  identity: Identity,
  rows: T[],
): T[] {
  return rows.filter((row) => can(identity, 'certificate:read', row));
}
