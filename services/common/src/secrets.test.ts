import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { loadSubgraphConfig } from './run-subgraph.js';

const STRONG = 'x'.repeat(40);

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('a subgraph outside demo mode', () => {
  it('refuses to start with the default identity secret, naming the variable', () => {
    const problems = problemsOf(() => loadSubgraphConfig('training', 4002, { DEMO_SIGN_IN: 'false' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^GATEWAY_IDENTITY_SECRET must be set/);
    expect(
      problemsOf(() =>
        loadSubgraphConfig('training', 4002, {
          DEMO_SIGN_IN: 'false',
          GATEWAY_IDENTITY_SECRET: 'dev-only-identity-secret-change-me',
        }),
      )[0],
    ).toMatch(/^GATEWAY_IDENTITY_SECRET must be set/);
  });

  it('refuses a short identity secret', () => {
    const problems = problemsOf(() =>
      loadSubgraphConfig('personnel', 4001, { DEMO_SIGN_IN: 'false', GATEWAY_IDENTITY_SECRET: 'short-secret' }),
    );
    expect(problems[0]).toMatch(/^GATEWAY_IDENTITY_SECRET must be at least 32 characters/);
  });

  it('starts with a strong secret, and in demo mode with the defaults', () => {
    expect(
      loadSubgraphConfig('personnel', 4001, { DEMO_SIGN_IN: 'false', GATEWAY_IDENTITY_SECRET: STRONG })
        .GATEWAY_IDENTITY_SECRET,
    ).toBe(STRONG);
    expect(loadSubgraphConfig('personnel', 4001, {}).DEMO_SIGN_IN).toBe(true);
  });
});
