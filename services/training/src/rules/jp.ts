// JP (jam pelajaran) of a year: earned, projected, target and cap (docs/domain.md, "JP: 20 a year":
// PP 11/2017 as amended by PP 17/2020; UU 20/2023 Pasal 49). Target and cap come from the agency's jp_setting row.
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { EmployeeType } from '../types/employee-type.enum.js';

export interface JpActivity {
  status: EnrolmentStatus;
  /** JP credited (completed) or the training's JP (planned). */
  jp: number;
  /** End date of the activity (YYYY-MM-DD): its JP count in this calendar year. */
  endDate: string;
}

export interface JpRules {
  jpTarget: number;
  pppkJpCap: number;
}

export interface JpFigures {
  year: number;
  earned: number;
  projected: number;
  /** PNS only: the yearly minimum. */
  target: number | null;
  /** PNS only: max(0, target − earned). */
  shortfall: number | null;
  /** PPPK only: the yearly maximum. */
  cap: number | null;
  /** PPPK only: earned + projected, or the year's plan, goes over the cap. */
  exceedsCap: boolean;
}

/** Statuses whose JP are still to come: requested, approved, attended but not yet completed. */
export const PROJECTED_STATUSES: ReadonlySet<EnrolmentStatus> = new Set([
  EnrolmentStatus.REQUESTED,
  EnrolmentStatus.APPROVED,
  EnrolmentStatus.ATTENDED,
]);

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A plan item's JP count in the plan's year unless its session ends in another (an item without a session does). */
export function countsInPlanYear(sessionEndDate: string | null, planYear: number): boolean {
  return sessionEndDate === null || yearOf(sessionEndDate) === planYear;
}

/** JP earned in a year: only completed activities, counted in the year of their end date. */
export function earnedJp(activities: JpActivity[], year: number): number {
  return activities
    .filter((activity) => activity.status === EnrolmentStatus.COMPLETED && yearOf(activity.endDate) === year)
    .reduce((sum, activity) => sum + activity.jp, 0);
}

export function computeJp(
  activities: JpActivity[],
  year: number,
  employeeType: EmployeeType,
  rules: JpRules,
  planJp = 0,
): JpFigures {
  const earned = earnedJp(activities, year);
  const projected = activities
    .filter((activity) => PROJECTED_STATUSES.has(activity.status) && yearOf(activity.endDate) === year)
    .reduce((sum, activity) => sum + activity.jp, 0);
  if (employeeType === EmployeeType.PPPK) {
    const cap = rules.pppkJpCap;
    return {
      year,
      earned,
      projected,
      target: null,
      shortfall: null,
      cap,
      exceedsCap: earned + projected > cap || planJp > cap,
    };
  }
  const target = rules.jpTarget;
  return { year, earned, projected, target, shortfall: Math.max(0, target - earned), cap: null, exceedsCap: false };
}

export interface JpComplianceFigures {
  members: number;
  atOrAbove: number;
  below: number;
  none: number;
}

/** A unit's members by JP earned: at or above the target, below it (some JP), none at all. */
export function classifyCompliance(earnedByMember: number[], target: number): JpComplianceFigures {
  const atOrAbove = earnedByMember.filter((earned) => earned >= target).length;
  const none = earnedByMember.filter((earned) => earned === 0).length;
  return { members: earnedByMember.length, atOrAbove, below: earnedByMember.length - atOrAbove - none, none };
}
