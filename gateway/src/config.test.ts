import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, subgraphProcessConfigSpec } from '@asn/common';
import { gatewayConfigSpec, loadGatewayConfig } from './config.js';

const envExample = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');

describe('configuration', () => {
  it('lists every variable of the gateway and the subgraphs in .env.example', () => {
    const names = [...Object.keys(gatewayConfigSpec), ...Object.keys(subgraphProcessConfigSpec('personnel', 4001))];
    const missing = names.filter((name) => !new RegExp(`^# ${name}=`, 'm').test(envExample));
    expect(missing).toEqual([]);
  });

  it('names every bad variable at once', () => {
    expect(() => loadGatewayConfig({ PORT: 'x', QUERY_PLANNER: 'fast' })).toThrowError(ConfigError);
    try {
      loadGatewayConfig({ PORT: 'x', QUERY_PLANNER: 'fast' });
    } catch (error) {
      expect((error as ConfigError).problems.map((problem) => problem.split('=')[0])).toEqual([
        'PORT',
        'QUERY_PLANNER',
      ]);
    }
  });
});

describe('the gateway outside demo mode', () => {
  const strong = 'y'.repeat(40);
  const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
    try {
      loadGatewayConfig(env);
    } catch (error) {
      if (error instanceof ConfigError) return error.problems.map((problem) => problem.split(' ')[0]!);
      throw error;
    }
    return [];
  };

  it('refuses to start without JWKS_URL and with the default identity secret, naming both', () => {
    expect(problemsOf({ DEMO_SIGN_IN: 'false' })).toEqual(['JWKS_URL', 'GATEWAY_IDENTITY_SECRET']);
  });

  it('refuses a short secret, and a JWT_SECRET left at its public default', () => {
    const jwks = { DEMO_SIGN_IN: 'false', JWKS_URL: 'https://idp.example/jwks.json' };
    expect(problemsOf({ ...jwks, GATEWAY_IDENTITY_SECRET: 'too-short' })).toEqual(['GATEWAY_IDENTITY_SECRET']);
    expect(
      problemsOf({ ...jwks, GATEWAY_IDENTITY_SECRET: strong, JWT_SECRET: 'dev-only-jwt-secret-change-me' }),
    ).toEqual(['JWT_SECRET']);
    expect(problemsOf({ ...jwks, GATEWAY_IDENTITY_SECRET: strong, JWT_SECRET: 'short' })).toEqual(['JWT_SECRET']);
  });

  it('starts with JWKS_URL and strong secrets', () => {
    const config = loadGatewayConfig({
      DEMO_SIGN_IN: 'false',
      JWKS_URL: 'https://idp.example/jwks.json',
      GATEWAY_IDENTITY_SECRET: strong,
    });
    expect(config.JWKS_URL).toBe('https://idp.example/jwks.json');
  });

  it('takes CORS origins as a list of canonical origins and refuses anything else', () => {
    expect(loadGatewayConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadGatewayConfig({ CORS_ORIGINS: 'https://a.example/, http://b.example:8080' }).CORS_ORIGINS).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(() => loadGatewayConfig({ CORS_ORIGINS: 'not an origin' })).toThrowError(ConfigError);
  });
});
