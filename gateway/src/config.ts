// The gateway's configuration: every variable, its default and why, validated once.
import { loadConfig, parsers } from '@asn/common';

export const gatewayConfigSpec = {
  PORT: { description: 'HTTP port of the gateway and the web app', default: 4000, parse: parsers.port },
  HOST: { description: 'interface to listen on', default: '127.0.0.1', parse: parsers.string },
  PERSONNEL_URL: {
    description: 'personnel subgraph endpoint',
    default: 'http://127.0.0.1:4001/graphql',
    parse: parsers.url,
  },
  TRAINING_URL: {
    description: 'training subgraph endpoint',
    default: 'http://127.0.0.1:4002/graphql',
    parse: parsers.url,
  },
  CERTIFICATION_URL: {
    description: 'certification subgraph endpoint',
    default: 'http://127.0.0.1:4003/graphql',
    parse: parsers.url,
  },
  SUPERGRAPH_PATH: {
    description: 'the supergraph composed at build time',
    default: 'schema/supergraph.graphql',
    parse: parsers.string,
  },
  WEB_DIST: { description: 'built web app served at /', default: 'web/dist', parse: parsers.string },
  QUERY_PLANNER: {
    description: 'rust (Hive router-runtime) or js (the gateway’s JavaScript planner, a fallback)',
    default: 'rust' as 'rust' | 'js',
    parse: parsers.oneOf('rust', 'js'),
  },
  GATEWAY_IDENTITY_SECRET: {
    description: 'secret shared with the subgraphs, which verify the identity the gateway forwards',
    default: 'dev-only-identity-secret-change-me',
    parse: parsers.string,
  },
  UPSTREAM_TIMEOUT_MS: {
    description: 'how long a subgraph may take before its part of the answer is given up',
    default: 10_000,
    parse: parsers.positiveInt,
  },
  LOG_LEVEL: {
    description: 'gateway log level',
    default: 'info' as 'debug' | 'info' | 'warn' | 'error',
    parse: parsers.oneOf('debug', 'info', 'warn', 'error'),
  },
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(gatewayConfigSpec, env);
}
