// "Today" for the certification subgraph, injectable so tests can move time (docs/architecture.md, "Clocks").

/** Returns today's calendar date as YYYY-MM-DD. */
export type Clock = () => string;

// Certificates are dated in Indonesia: the day turns at midnight Western Indonesia Time (WIB), not at UTC midnight.
const JAKARTA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' });

export const systemClock: Clock = () => JAKARTA_DATE.format(new Date());

/** A clock stopped at one date, for tests and for CERTIFICATION_TODAY. */
export function fixedClock(date: string): Clock {
  return () => date;
}
