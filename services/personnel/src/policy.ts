// Who may do what in personnel, in one table (docs/authorization.md). Catalog data (agencies,
// units, positions, standards, the competency dictionary, career ladders, demo users) is public and not listed.
import {
  authorizeWith,
  headsUnit,
  isManagerOf,
  isSelf as isSelfId,
  hasScopes as hasScope,
  isOfAgency as sameAgency,
  type ApiKeyIdentity,
  type Identity,
  type UserIdentity as User,
} from '@asn/common';
import type { AssessmentSource } from './rules/current-level.js';
import { unauthenticated } from './errors.js';

/** What a rule looks at of an employee: enough to decide without another query. */
export interface EmployeeFacts {
  id: number;
  agencyId: number;
  managerId: number | null;
}

export type Permission =
  /** Directory fields: name, position, unit, golongan, type, manager. */
  | { action: 'employee.read'; employee: EmployeeFacts }
  /** NIP and what it encodes, ratings, talent box, assessments, current levels. */
  | { action: 'employee.readPersonal'; employee: EmployeeFacts }
  /** Listing employees of an agency (the directory). */
  | { action: 'employee.list'; agencyId: number }
  /** Searching by NIP across an agency reveals birth dates: agency-wide personal access only. */
  | { action: 'employee.searchNip'; agencyId: number }
  /** A unit's member ids and competency gaps. */
  | { action: 'unit.readMembers'; unitId: number; agencyId: number }
  /** A unit's people with their personal data: the team competency matrix and the talent 9-box. */
  | { action: 'unit.readPersonal'; unitId: number; agencyId: number }
  /** Succession for key positions: the agency's (unitId null) or a unit's with its sub-units. */
  | { action: 'succession.read'; agencyId: number; unitId: number | null }
  | { action: 'employee.write'; agencyId: number }
  /** Set what decides someone's standing: performance predikat, potential, golongan, education, post, unit,
   *  manager. Another person's decision, never one's own. */
  | { action: 'employee.decide'; employee: EmployeeFacts }
  | { action: 'assessment.record'; employee: EmployeeFacts; source: AssessmentSource }
  | { action: 'assessment.import'; agencyId: number }
  /** Position standards and career ladders. */
  | { action: 'catalog.write'; agencyId: number }
  | { action: 'mentorship.write'; mentee: EmployeeFacts }
  /** Mentors suggested for a mentee: shows colleagues' current level of one competency. */
  | { action: 'mentorship.suggest'; mentee: EmployeeFacts }
  /** A meeting or note in a mentorship's log: those who start it, and the mentor and mentee themselves. */
  | { action: 'mentorship.log'; mentee: EmployeeFacts; mentorId: number }
  /** Apply for a degree study and report its progress: the employee, or an administrator entering their papers. */
  | { action: 'degreeStudy.apply'; employee: EmployeeFacts }
  /** Approve or refuse a degree study at its stage: the employee's manager, then an administrator; never one's own. */
  | { action: 'degreeStudy.decide'; employee: EmployeeFacts; stage: 'MANAGER' | 'ADMIN' }
  /** Choosing one's own career target: a personal aspiration, so only the person themself. */
  | { action: 'careerTarget.write'; employee: EmployeeFacts }
  /** The gateway's own look-ups: sign-in profiles, API keys, a manager's units and people. */
  | { action: 'system.lookup' }
  /** Reading a sync feed of the agency's employees (`personal`: their assessments, ratings and histories). */
  | { action: 'change.sync'; agencyId: number; personal: boolean }
  /** Issue, list and revoke the agency's API keys: its administrator only, never a key itself. */
  | { action: 'apiKey.manage'; agencyId: number }
  /** Walk the agency's employees for the reminder sweep (docs/architecture.md), with the gaps training's reminders
   *  need: the gateway's scheduler for that agency, or its administrator ("run now"). */
  | { action: 'reminders.sweep'; agencyId: number };

const isSelf = (identity: User, employee: EmployeeFacts) => isSelfId(identity, employee.id);
/** A manager's people: those in the units they head (and sub-units), and their direct reports anywhere. */
const managesEmployee = (identity: User, employee: EmployeeFacts) =>
  isManagerOf(identity, employee.id) ||
  (identity.role === 'MANAGER' &&
    identity.employeeId !== undefined &&
    isSelfId(identity, employee.managerId ?? undefined));
const isAdminOf = (identity: User, agencyId: number) => identity.role === 'ADMIN' && sameAgency(identity, agencyId);

function userMay(identity: User, permission: Permission): boolean {
  switch (permission.action) {
    case 'employee.read':
      return sameAgency(identity, permission.employee.agencyId);
    case 'employee.list':
      return sameAgency(identity, permission.agencyId);
    case 'employee.readPersonal':
      return (
        isAdminOf(identity, permission.employee.agencyId) ||
        (sameAgency(identity, permission.employee.agencyId) &&
          (isSelf(identity, permission.employee) || managesEmployee(identity, permission.employee)))
      );
    case 'employee.searchNip':
    case 'employee.write':
    case 'assessment.import':
    case 'catalog.write':
    case 'apiKey.manage':
    case 'reminders.sweep':
      return isAdminOf(identity, permission.agencyId);
    case 'unit.readMembers':
    case 'unit.readPersonal':
      return isAdminOf(identity, permission.agencyId) || headsUnit(identity, permission.unitId);
    case 'succession.read':
      return (
        isAdminOf(identity, permission.agencyId) ||
        (permission.unitId !== null && headsUnit(identity, permission.unitId))
      );
    case 'employee.decide':
      return isAdminOf(identity, permission.employee.agencyId) && !isSelf(identity, permission.employee);
    case 'assessment.record': {
      const { employee, source } = permission;
      // Nobody records anything about themself above a self-assessment, an administrator included.
      if (isSelf(identity, employee)) return source === 'SELF' && sameAgency(identity, employee.agencyId);
      if (isAdminOf(identity, employee.agencyId)) return true;
      if (!sameAgency(identity, employee.agencyId)) return false;
      if (source === 'MANAGER') return managesEmployee(identity, employee);
      if (source === 'SELF') return isSelf(identity, employee);
      return false;
    }
    case 'mentorship.log':
      if (identity.employeeId === String(permission.mentorId) && sameAgency(identity, permission.mentee.agencyId))
        return true;
      if (isSelf(identity, permission.mentee)) return sameAgency(identity, permission.mentee.agencyId);
      return isAdminOf(identity, permission.mentee.agencyId) || managesEmployee(identity, permission.mentee);
    case 'mentorship.write':
    case 'mentorship.suggest':
      return isAdminOf(identity, permission.mentee.agencyId) || managesEmployee(identity, permission.mentee);
    case 'change.sync':
      return isAdminOf(identity, permission.agencyId);
    case 'degreeStudy.apply':
      return (
        (isSelf(identity, permission.employee) && sameAgency(identity, permission.employee.agencyId)) ||
        isAdminOf(identity, permission.employee.agencyId)
      );
    case 'degreeStudy.decide': {
      const { employee, stage } = permission;
      if (isSelf(identity, employee) || !sameAgency(identity, employee.agencyId)) return false;
      return stage === 'MANAGER' ? managesEmployee(identity, employee) : isAdminOf(identity, employee.agencyId);
    }
    case 'careerTarget.write':
      return isSelf(identity, permission.employee) && sameAgency(identity, permission.employee.agencyId);
    case 'system.lookup':
      return false;
  }
}

function apiKeyMay(identity: ApiKeyIdentity, permission: Permission): boolean {
  switch (permission.action) {
    case 'employee.read':
      return hasScope(identity, 'personnel:read') && sameAgency(identity, permission.employee.agencyId);
    case 'employee.list':
    case 'unit.readMembers':
      return hasScope(identity, 'personnel:read') && sameAgency(identity, permission.agencyId);
    case 'employee.readPersonal':
      return hasScope(identity, 'personnel:read', 'pii:read') && sameAgency(identity, permission.employee.agencyId);
    case 'employee.searchNip':
    case 'unit.readPersonal':
    case 'succession.read':
      return hasScope(identity, 'personnel:read', 'pii:read') && sameAgency(identity, permission.agencyId);
    case 'change.sync':
      return (
        hasScope(identity, 'personnel:read', ...(permission.personal ? (['pii:read'] as const) : [])) &&
        sameAgency(identity, permission.agencyId)
      );
    // An API key reads only.
    default:
      return false;
  }
}

export function can(identity: Identity, permission: Permission): boolean {
  switch (identity.kind) {
    // The gateway's own identity: its look-ups (sign-in profiles, API keys, a manager's people) and the agency of
    // the employees a mutation names (an Employee reference); never a personal field, a list or a write.
    case 'system':
      return permission.action === 'system.lookup' || permission.action === 'employee.read';
    case 'anonymous':
      return false;
    // The reminder sweep of one agency: its pages of employees and their gaps, nothing else (no directory, no
    // personal field, no list, no write).
    case 'scheduler':
      return permission.action === 'reminders.sweep' && sameAgency(identity, permission.agencyId);
    case 'user':
      return userMay(identity, permission);
    case 'apiKey':
      return apiKeyMay(identity, permission);
  }
}

/** Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for anyone else the policy refuses. */
export const authorize = authorizeWith(can);

/** The agency a caller's lists are confined to; undefined for system, which sees every agency. */
export function homeAgency(identity: Identity): number | undefined {
  if (identity.kind === 'user' || identity.kind === 'apiKey' || identity.kind === 'scheduler')
    return Number(identity.agencyId);
  if (identity.kind === 'system') return undefined;
  throw unauthenticated();
}
