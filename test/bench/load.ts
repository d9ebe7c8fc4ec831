// A bounded closed-loop load generator: `concurrency` clients send the same request back to back for `seconds`, each
// with its own headers when `headers` is a function of the client's number (a distinct identity per client).
export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers: Record<string, string> | ((client: number) => Record<string, string>);
  concurrency: number;
  seconds: number;
  /** A response counts as an error when this says so (default: non-200 or a GraphQL `errors` entry). */
  isError?: (status: number, text: string) => boolean;
}

const defaultIsError = (status: number, text: string) => status !== 200 || text.includes('"errors"');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const isError = options.isError ?? defaultIsError;
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const headersOf = options.headers;
  const client = async (_: unknown, index: number) => {
    const headers = typeof headersOf === 'function' ? headersOf(index) : headersOf;
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        const response = await fetch(options.url, { method: 'POST', headers, body: options.body });
        const text = await response.text();
        if (isError(response.status, text)) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
