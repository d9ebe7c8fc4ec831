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
