// What the three subgraphs' policies share (docs/authorization.md): each writes its own `can` over these predicates,
// and `authorizeWith(can)` turns it into the `authorize` that throws UNAUTHENTICATED or FORBIDDEN.
import type { Identity, Scope } from './auth-context.js';
import { CommonErrorCode, DomainError } from './errors.js';

export type UserIdentity = Extract<Identity, { kind: 'user' }>;
export type ApiKeyIdentity = Extract<Identity, { kind: 'apiKey' }>;
type Id = number | string;

/** What a training or certification action is applied to: the row's agency and employee, or the unit. */
export interface AgencyResource {
  agencyId?: number | null;
  employeeId?: number;
  unitId?: number;
}

/** Whether the agency is the caller's own. */
export const isOfAgency = (identity: { agencyId: string }, agencyId: Id | null | undefined) =>
  agencyId != null && identity.agencyId === String(agencyId);

export const hasScopes = (identity: ApiKeyIdentity, ...scopes: Scope[]) =>
  scopes.every((scope) => identity.scopes.includes(scope));

/** Whether the employee is the person signed in. */
export const isSelf = (identity: UserIdentity, employeeId: Id | undefined) =>
  employeeId !== undefined && identity.employeeId === String(employeeId);

/** A manager's people as the gateway looked them up for this request: the members of the units they head. */
export const isManagerOf = (identity: UserIdentity, employeeId: Id | undefined) =>
  identity.role === 'MANAGER' && employeeId !== undefined && (identity.employeeIds ?? []).includes(String(employeeId));

/** A unit the manager heads (or one of its sub-units). */
export const headsUnit = (identity: UserIdentity, unitId: Id | undefined) =>
  identity.role === 'MANAGER' && unitId !== undefined && (identity.unitIds ?? []).includes(String(unitId));

export function unauthenticated(): DomainError {
  return new DomainError(CommonErrorCode.UNAUTHENTICATED, {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please sign in first.',
  });
}

export function forbidden(): DomainError {
  return new DomainError(CommonErrorCode.FORBIDDEN, {
    id: 'Anda tidak berwenang melakukan ini.',
    en: 'You are not allowed to do this.',
  });
}

/**
 * The people whose records (degree studies, placements) a caller follows: an administrator the whole agency
 * (`employeeIds` absent), a manager their people and themselves, an ASN themselves. Anyone but a signed-in user is
 * refused: UNAUTHENTICATED when anonymous, else FORBIDDEN.
 */
export function followedPeople(identity: Identity): { agencyId: number; employeeIds?: number[] } {
  if (identity.kind === 'anonymous') throw unauthenticated();
  if (identity.kind !== 'user') throw forbidden();
  const agencyId = Number(identity.agencyId);
  if (identity.role === 'ADMIN') return { agencyId };
  const own = identity.employeeId ? [identity.employeeId] : [];
  const people = identity.role === 'MANAGER' ? [...own, ...(identity.employeeIds ?? [])] : own;
  return { agencyId, employeeIds: [...new Set(people)].map(Number) };
}

/** The policy's `authorize`: nothing when `can` allows, else UNAUTHENTICATED for an anonymous caller, FORBIDDEN. */
export function authorizeWith<TArgs extends unknown[]>(can: (identity: Identity, ...args: TArgs) => boolean) {
  return (identity: Identity, ...args: TArgs): void => {
    if (can(identity, ...args)) return;
    throw identity.kind === 'anonymous' ? unauthenticated() : forbidden();
  };
}
