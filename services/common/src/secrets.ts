// Outside demo mode a process refuses to start with a secret left at its default or too short to resist guessing:
// demo defaults are public (they are in this repository), so a production that kept one would fail open.
import { ConfigError, parsers, type ConfigSpec, type ConfigVariable } from './config.js';

/** 32 bytes of entropy as the HS256 key length RFC 7518 asks for (a 32-character random string is close to it). */
export const MIN_SECRET_LENGTH = 32;

export interface SecretVariable extends ConfigVariable<string> {
  /** 'always': the process uses it in every mode; 'ifSet': only in demo mode, so it is checked only when present. */
  secret: 'always' | 'ifSet';
}

export const demoModeVariable = {
  description:
    'demo mode: demo sign-in, demo-only fields and the built-in development secrets; false in production, where every secret must be set',
  default: true,
  parse: parsers.boolean,
};

export function secretVariable(description: string, devDefault: string, use: SecretVariable['secret'] = 'always') {
  return { description, default: devDefault, parse: parsers.string, secret: use } satisfies SecretVariable;
}

function isSecret(variable: ConfigVariable<unknown>): variable is SecretVariable {
  return 'secret' in variable;
}

/** Throws naming every secret that is missing, left at its default or shorter than MIN_SECRET_LENGTH. */
export function refuseWeakSecrets(
  spec: ConfigSpec,
  config: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  extraProblems: string[] = [],
): void {
  const problems = [...extraProblems];
  for (const [name, variable] of Object.entries(spec)) {
    if (!isSecret(variable) || (variable.secret === 'ifSet' && env[name] === undefined)) continue;
    const value = String(config[name] ?? '');
    if (env[name] === undefined || value === variable.default) {
      problems.push(`${name} must be set outside demo mode (DEMO_SIGN_IN=false): the default is public`);
    } else if (value.length < MIN_SECRET_LENGTH) {
      problems.push(`${name} must be at least ${MIN_SECRET_LENGTH} characters outside demo mode`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
