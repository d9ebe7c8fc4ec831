// Configuration read once per process from the environment, validated, typed; every bad variable is reported together.

export interface ConfigVariable<T> {
  description: string;
  default?: T;
  parse: (raw: string) => T;
}

export type ConfigSpec = Record<string, ConfigVariable<unknown>>;

export type ConfigOf<S extends ConfigSpec> = {
  [K in keyof S]: S[K] extends ConfigVariable<infer T> ? T : never;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

export const parsers = {
  string: (raw: string): string => raw,
  port: (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('must be a port number 0-65535');
    return n;
  },
  positiveInt: (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error('must be a positive integer');
    return n;
  },
  boolean: (raw: string): boolean => {
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    throw new Error('must be true or false');
  },
  url: (raw: string): string => {
    new URL(raw);
    return raw;
  },
  oneOf:
    <T extends string>(...values: T[]) =>
    (raw: string): T => {
      if (!(values as string[]).includes(raw)) throw new Error(`must be one of ${values.join(', ')}`);
      return raw as T;
    },
  optional:
    <T>(parse: (raw: string) => T) =>
    (raw: string): T | undefined =>
      raw === '' ? undefined : parse(raw),
};

export function loadConfig<S extends ConfigSpec>(spec: S, env: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(spec)) {
    const raw = env[name];
    if (raw === undefined) {
      if (!('default' in variable)) problems.push(`${name} is required: ${variable.description}`);
      result[name] = variable.default;
      continue;
    }
    try {
      result[name] = variable.parse(raw);
    } catch (error) {
      problems.push(`${name}=${JSON.stringify(raw)} ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return result as ConfigOf<S>;
}
