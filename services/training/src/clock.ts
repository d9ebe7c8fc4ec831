// "Today" for the training subgraph, injectable so tests and the seed can move time (docs/architecture.md, "Clocks").

/** Returns today's calendar date as YYYY-MM-DD. */
export type Clock = () => string;

export const systemClock: Clock = () => new Date().toISOString().slice(0, 10);

/** A clock stopped at one date, for tests. */
export function fixedClock(date: string): Clock {
  return () => date;
}
