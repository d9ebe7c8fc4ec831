// The 20 JP projection of a year (docs/domain.md, "Competency development"): what a PNS still lacks once earned and
// pending JP are counted, and the cheapest set of open sessions that closes it, fewest sessions on a tie.

export interface SessionOption {
  sessionId: number;
  jp: number;
  cost: number;
}

export interface Cover {
  sessionIds: number[];
  jp: number;
  cost: number;
}

interface Best {
  cost: number;
  count: number;
  picks: number[];
}

const better = (a: Best, b: Best | undefined) => !b || a.cost < b.cost || (a.cost === b.cost && a.count < b.count);

/**
 * The cheapest options (each taken at most once) whose JP add up to at least `needed`, fewest options on a cost tie,
 * null when all of them together fall short. A 0/1 knapsack over JP capped at `needed` (at most the 20 JP target),
 * so it stays small whatever the catalog.
 */
export function cheapestCover(options: SessionOption[], needed: number): Cover | null {
  if (needed <= 0) return { sessionIds: [], jp: 0, cost: 0 };
  // best[j]: the cheapest picks reaching at least j JP (j capped at `needed`).
  let best: (Best | undefined)[] = [{ cost: 0, count: 0, picks: [] }];
  options.forEach((option, index) => {
    if (option.jp <= 0) return;
    const next = [...best];
    best.forEach((from, reached) => {
      if (!from) return;
      const to = Math.min(needed, reached + option.jp);
      const candidate = { cost: from.cost + option.cost, count: from.count + 1, picks: [...from.picks, index] };
      if (better(candidate, next[to])) next[to] = candidate;
    });
    best = next;
  });
  const found = best[needed];
  if (!found) return null;
  const picked = found.picks.map((index) => options[index]!);
  return {
    sessionIds: picked.map((option) => option.sessionId),
    jp: picked.reduce((sum, option) => sum + option.jp, 0),
    cost: found.cost,
  };
}

/** What a PNS still lacks at year end if everything earned and pending is credited: max(0, target − both). */
export function remainingShortfall(target: number, earned: number, pending: number): number {
  return Math.max(0, target - earned - pending);
}
