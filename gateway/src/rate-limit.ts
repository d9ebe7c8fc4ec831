// Requests per minute per identity, before the request reaches GraphQL: a fixed one-minute window per key.
// The key is a hash of the bearer token or API key (never the token itself), else the client address.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function rateLimitKey(request: IncomingMessage): string {
  const credential = request.headers.authorization ?? request.headers['x-api-key'];
  if (typeof credential === 'string' && credential) return createHash('sha256').update(credential).digest('hex');
  return `address:${request.socket.remoteAddress ?? 'unknown'}`;
}

export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return (key: string): { allowed: boolean; retryAfterSeconds: number } => {
    const current = now();
    let window = windows.get(key);
    if (!window || current - window.start >= 60_000) {
      window = { start: current, count: 0 };
      windows.set(key, window);
      // Forget finished windows now and then, so memory stays bounded by active callers.
      if (windows.size > 10_000) {
        for (const [other, entry] of windows) if (current - entry.start >= 60_000) windows.delete(other);
      }
    }
    window.count += 1;
    return {
      allowed: window.count <= perMinute,
      retryAfterSeconds: Math.ceil((window.start + 60_000 - current) / 1000),
    };
  };
}
