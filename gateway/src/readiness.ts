// Readiness means "can answer": every subgraph's own /ready (which checks its database) must say so. A subgraph
// that does not answer /ready in time is busy, not down: every gateway replica checks the same subgraph pools, so
// calling it down would take every gateway out of the load balancer at once and turn slow answers into none (the
// cluster load test saw exactly that; README "Several instances").
export interface Readiness {
  ready: boolean;
  subgraphs: Record<string, 'ready' | 'busy' | 'unavailable'>;
}

export async function checkSubgraphs(urls: Record<string, string>, timeoutMs = 1500): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        return [name, response.ok ? 'ready' : 'unavailable'] as const;
      } catch (error) {
        return [name, error instanceof DOMException && error.name === 'TimeoutError' ? 'busy' : 'unavailable'] as const;
      }
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  return { ready: entries.every(([, state]) => state !== 'unavailable'), subgraphs };
}
