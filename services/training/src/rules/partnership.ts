// Cooperation agreements (MoU / PKS) with universities, training institutes and other partners, and what was done
// under them (docs/domain.md, "Partnerships"). An agreement is LAPSED once its end date has passed (or it was ended),
// LAPSING within the agency's lapsing window of its end, UNUSED when nothing was done under it in the agency's unused
// window (once it has run that long), else ACTIVE. Pure verdicts; the service throws them.

export const PARTNER_KINDS = ['UNIVERSITY', 'TRAINING_INSTITUTE', 'OTHER'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const AGREEMENT_KINDS = ['MOU', 'PKS'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const ACTIVITY_KINDS = ['PUBLIC_LECTURE', 'JOINT_RESEARCH', 'INTERNSHIP', 'DEGREE_PLACES', 'TRAINING'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const PARTNERSHIP_STATUSES = ['ACTIVE', 'LAPSING', 'LAPSED', 'UNUSED'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** The default windows (an agency may set its own, training `jp_setting`): an agreement ending within this many days
 *  is LAPSING, time enough to renew a PKS before it runs out. */
export const LAPSING_WINDOW_DAYS = 90;
/** An agreement with no activity in this many months is UNUSED: two semesters without a lecture, a study or an intern. */
export const UNUSED_MONTHS = 6;

/** The windows in force for an agency. */
export interface PartnershipWindows {
  /** Whole days before the last day. */
  lapsingDays: number;
  /** Calendar months back from today. */
  unusedMonths: number;
}

export const DEFAULT_WINDOWS: PartnershipWindows = { lapsingDays: LAPSING_WINDOW_DAYS, unusedMonths: UNUSED_MONTHS };
/** An agreement runs at most this many years (MoU are typically signed for five). */
export const MAX_AGREEMENT_YEARS = 10;

export interface AgreementPeriod {
  startsOn: string;
  endsOn: string;
  endedOn: string | null;
}

export type PartnershipReason = 'END_BEFORE_START' | 'AGREEMENT_TOO_LONG' | 'ACTIVITY_OUTSIDE_AGREEMENT';
export type Verdict = { field: string; reason: PartnershipReason } | null;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

/** The last day the agreement holds: its end date, or the day it was ended early. */
export function lastDayOf(period: AgreementPeriod): string {
  return period.endedOn !== null && period.endedOn < period.endsOn ? period.endedOn : period.endsOn;
}

/** Whether an agreement's period may be recorded. */
export function checkAgreement(period: { startsOn: string; endsOn: string }): Verdict {
  if (period.endsOn < period.startsOn) return { field: 'input.endsOn', reason: 'END_BEFORE_START' };
  if (period.endsOn > addMonths(period.startsOn, MAX_AGREEMENT_YEARS * 12)) {
    return { field: 'input.endsOn', reason: 'AGREEMENT_TOO_LONG' };
  }
  return null;
}

/** Whether an activity on `heldOn` falls within the agreement. */
export function checkActivity(period: AgreementPeriod, heldOn: string): Verdict {
  if (heldOn < period.startsOn || heldOn > lastDayOf(period)) {
    return { field: 'input.heldOn', reason: 'ACTIVITY_OUTSIDE_AGREEMENT' };
  }
  return null;
}

/** Where the agreement stands today, given the date of the latest activity under it (null when none). */
export function partnershipStatus(
  period: AgreementPeriod,
  lastActivityOn: string | null,
  today: string,
  windows: PartnershipWindows = DEFAULT_WINDOWS,
): PartnershipStatus {
  const lastDay = lastDayOf(period);
  // Ended by the administrator, it is over from that day: nothing more is planned under it.
  if (lastDay < today || (period.endedOn !== null && period.endedOn <= today)) return 'LAPSED';
  if (lastDay <= addDays(today, windows.lapsingDays)) return 'LAPSING';
  const since = addMonths(today, -windows.unusedMonths);
  if (period.startsOn <= since && (lastActivityOn === null || lastActivityOn < since)) return 'UNUSED';
  return 'ACTIVE';
}
