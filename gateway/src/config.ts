// The gateway's configuration: every variable, its default and why, validated once.
import { loadConfig, parsers } from '@asn/common/config';
import { demoModeVariable, refuseWeakSecrets, secretVariable } from '@asn/common/secrets';

/** A comma-separated list of origins (scheme://host[:port]), each checked as a URL and kept in its canonical form. */
function originList(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const origin = new URL(item).origin;
      if (origin === 'null') throw new Error(`"${item}" is not an http(s) origin`);
      return origin;
    });
}

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
  GATEWAY_IDENTITY_SECRET: secretVariable(
    'secret shared with the subgraphs, which verify the identity the gateway forwards',
    'dev-only-identity-secret-change-me',
  ),
  JWT_SECRET: secretVariable(
    'demo mode only: HS256 secret of the bearer tokens the gateway issues at /auth/sign-in (outside demo mode tokens are verified against JWKS_URL only)',
    'dev-only-jwt-secret-change-me',
    'ifSet',
  ),
  JWKS_URL: {
    description: 'required outside demo mode: verify bearer tokens (RS256, ES256, EdDSA) against this JWKS URL',
    default: undefined,
    parse: parsers.optional(parsers.url),
  },
  JWT_ISSUER: { description: 'expected iss of bearer tokens', default: 'asn-gateway', parse: parsers.string },
  JWT_AUDIENCE: { description: 'expected aud of bearer tokens', default: 'asn-api', parse: parsers.string },
  DEMO_SIGN_IN: demoModeVariable,
  CORS_ORIGINS: {
    description:
      'other origins whose pages may call the API with credentials (comma-separated); empty: same origin only',
    default: [] as string[],
    parse: originList,
  },
  TRUSTED_DOCUMENTS_ONLY: {
    description: 'accept only the web app’s trusted documents (and arbitrary queries from API keys)',
    default: false,
    parse: parsers.boolean,
  },
  TRUSTED_DOCUMENTS_PATH: {
    description: 'the web app’s persisted-documents manifest (hash -> document), written by codegen',
    default: 'web/src/graphql/persisted-documents.json',
    parse: parsers.string,
  },
  INTROSPECTION: { description: 'allow schema introspection', default: true, parse: parsers.boolean },
  MAX_DEPTH: { description: 'deepest selection accepted', default: 12, parse: parsers.positiveInt },
  MAX_TOKENS: { description: 'largest document accepted, in tokens', default: 4000, parse: parsers.positiveInt },
  MAX_ALIASES: { description: 'most aliases in one document', default: 30, parse: parsers.positiveInt },
  MAX_COST: { description: 'highest estimated cost of one operation', default: 20_000, parse: parsers.positiveInt },
  MAX_BODY_BYTES: {
    description: 'largest request body accepted (413 above)',
    default: 1_000_000,
    parse: parsers.positiveInt,
  },
  RATE_LIMIT_PER_MINUTE: {
    description:
      'requests per minute per verified identity (user, API key), or per client address for anonymous callers and credentials that do not verify, before 429',
    default: 600,
    parse: parsers.positiveInt,
  },
  RATE_LIMIT_DATABASE_URL: {
    description:
      'MySQL/MariaDB URL naming a database (mysql://user:pass@host:port/db) where every gateway replica counts the rate limits together; unset: each gateway counts in its own memory (one replica only)',
    default: undefined,
    parse: parsers.optional(parsers.url),
  },
  SIGN_IN_PER_MINUTE: {
    description: 'demo sign-in attempts per minute per client address before 429',
    default: 30,
    parse: parsers.positiveInt,
  },
  UPSTREAM_TIMEOUT_MS: {
    description: 'how long a subgraph may take before its part of the answer is given up',
    default: 10_000,
    parse: parsers.positiveInt,
  },
  REMINDER_SWEEP: {
    description:
      'run the daily reminder sweep of every agency from this gateway (several replicas may: a second run writes nothing)',
    default: true,
    parse: parsers.boolean,
  },
  REMINDER_SWEEP_HOUR: {
    description: 'the hour (0-23) of each agency’s local time from which its day’s reminders are swept',
    default: 6,
    parse: (raw: string): number => {
      const hour = Number(raw);
      if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('must be an hour 0-23');
      return hour;
    },
  },
  REMINDER_SWEEP_CHECK_MS: {
    description: 'how often the agencies’ local times are looked at for a due sweep',
    default: 300_000,
    parse: parsers.positiveInt,
  },
  LOG_LEVEL: {
    description: 'gateway log level',
    default: 'info' as 'debug' | 'info' | 'warn' | 'error',
    parse: parsers.oneOf('debug', 'info', 'warn', 'error'),
  },
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

/** Outside demo mode the gateway refuses to start without JWKS_URL or with a default or short secret. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(gatewayConfigSpec, env);
  if (!config.DEMO_SIGN_IN) {
    const missingJwks = config.JWKS_URL
      ? []
      : ['JWKS_URL is required outside demo mode (DEMO_SIGN_IN=false): bearer tokens are verified against it'];
    refuseWeakSecrets(gatewayConfigSpec, config, env, missingJwks);
  }
  return config;
}
