// The one clock of the system. "Today" is a calendar date in the agency's own time zone: Ambon is on WIT (UTC+9),
// Mamuju on WITA (UTC+8), Sabang on WIB (UTC+7), so at 2026-11-30T18:00Z it is already 1 December in Ambon but still
// 30 November in Sabang. Every rule that needs "today" gets it from here, through the request's context.
import type { Identity } from '../auth-context.js';
import { loadConfig, type ConfigSpec } from '../config.js';

/** The current instant; injectable so tests can move time (across midnight UTC, across 31 December). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The zone used when a request names no agency (the system identity, anonymous callers, seeds): WIB, the zone of
 *  the national capital and of the national civil-service agency. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/**
 * A clock stopped at one instant. A bare date (YYYY-MM-DD) stands for noon UTC of that date, which is the same date
 * in every Indonesian zone (19:00 WIB to 21:00 WIT), so date-only tests read the same "today" in every agency.
 */
export function fixedClock(at: string): Clock {
  const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00Z` : at);
  if (Number.isNaN(instant.getTime())) throw new Error(`not a date or instant: ${at}`);
  return () => new Date(instant.getTime());
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Whether `timeZone` is an IANA zone this runtime knows (an unknown one would make every date wrong). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // Throws RangeError for an unknown zone.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format;
}

function localParts(instant: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(
    formatFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
}

/** The calendar date (YYYY-MM-DD) at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const { year, month, day } = localParts(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/** The hour of the day (0-23) at `instant` in `timeZone`. */
export function localHour(instant: Date, timeZone: string): number {
  return Number(localParts(instant, timeZone).hour);
}

/** The time zone of the caller's agency, as the gateway vouched it in the signed identity; the default otherwise. */
export function timeZoneOf(identity: Identity): string {
  const timeZone = 'timeZone' in identity ? identity.timeZone : undefined;
  return timeZone && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}

/** Today in the caller's agency: the date every rule of one request uses. */
export function todayFor(clock: Clock, identity: Identity): string {
  return localDate(clock(), timeZoneOf(identity));
}

/** CLOCK_AT: every subgraph process pretends it is this instant (or date), so cross-process tests move time. */
export const clockConfigSpec = {
  CLOCK_AT: {
    description:
      'pretend the time is this instant (ISO 8601, e.g. 2026-11-30T18:00:00Z) or date (YYYY-MM-DD, read as noon UTC) so tests can move time; unset: the real clock',
    default: undefined,
    parse: (raw: string): string | undefined => {
      if (raw === '') return undefined;
      fixedClock(raw);
      return raw;
    },
  },
} satisfies ConfigSpec;

/** The clock the process runs on, validated (fails fast on a bad CLOCK_AT). */
export function loadClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const { CLOCK_AT } = loadConfig(clockConfigSpec, env);
  return CLOCK_AT ? fixedClock(CLOCK_AT) : systemClock;
}
