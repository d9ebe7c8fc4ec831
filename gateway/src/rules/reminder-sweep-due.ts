// Whether an agency's daily reminder sweep is due (docs/architecture.md): once per local day of the agency, from
// REMINDER_SWEEP_HOUR o'clock of its own time zone. Ambon (UTC+9) reaches 06:00 two hours before Sabang (UTC+7), and
// its day turns at 15:00 UTC: each agency is judged on its own clock, never on UTC's date.
import { DEFAULT_TIME_ZONE, isTimeZone, localDate, localHour } from '@asn/common/clock';

/**
 * The agency's local date to sweep at `now`, or null when nothing is due: before `hour` o'clock local time, or when
 * that local date (or a later one) was swept already. An unknown zone is read as the default zone, as the subgraphs
 * read it (services/common clock), so the sweep's "today" is the subgraphs' "today".
 */
export function reminderSweepDue(
  now: Date,
  timeZone: string,
  hour: number,
  lastSweptOn: string | undefined,
): string | null {
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const today = localDate(now, zone);
  if (lastSweptOn !== undefined && lastSweptOn >= today) return null;
  return localHour(now, zone) >= hour ? today : null;
}
