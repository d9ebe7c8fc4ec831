// When to remind a PNS of their JP shortfall as the year ends (docs/domain.md, "Competency development": at least
// 20 JP a year, counted in the calendar year of the end date). The shortfall itself is the JP projection's
// (rules/jp-projection.ts); this only says which reminder is due: from 90 days before 31 December, then from 30.
import { reminderThreshold } from '@asn/common';

/** Days before the year's end at which a shortfall is worth a reminder. */
export const JP_REMINDER_THRESHOLDS = [90, 30] as const;

/** The last day JP of `today`'s year count. */
export function yearEndOf(today: string): string {
  return `${today.slice(0, 4)}-12-31`;
}

/** The reminder due today for a shortfall (90 or 30), or null while the year's end is further than 90 days. */
export function jpReminderThreshold(today: string, shortfall: number | null): number | null {
  if (!shortfall || shortfall <= 0) return null;
  return reminderThreshold(today, yearEndOf(today), JP_REMINDER_THRESHOLDS);
}
