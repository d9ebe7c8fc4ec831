import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

describe('createRateLimiter', () => {
  it('allows the configured requests per minute per key, then refuses until the window ends', () => {
    let now = 0;
    const allow = createRateLimiter(2, () => now);
    expect(allow('a').allowed).toBe(true);
    expect(allow('a').allowed).toBe(true);
    expect(allow('b').allowed).toBe(true);
    const refused = allow('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 60 });
    now = 60_000;
    expect(allow('a').allowed).toBe(true);
  });
});
