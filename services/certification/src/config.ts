// The certification process's configuration: the shared subgraph variables plus its own clock override.
import { isCalendarDate, loadConfig, subgraphProcessConfigSpec, type ConfigSpec } from '@asn/common';
import { fixedClock, systemClock, type Clock } from './clock.js';

export const CERTIFICATION_PORT = 4003;

export const certificationConfigSpec = {
  ...subgraphProcessConfigSpec('certification', CERTIFICATION_PORT),
  CERTIFICATION_TODAY: {
    description: 'pretend today is this date (YYYY-MM-DD), so tests can move time past expiry; unset: the real date',
    default: undefined,
    parse: (raw: string): string | undefined => {
      if (raw === '') return undefined;
      if (!isCalendarDate(raw)) throw new Error('must be a date YYYY-MM-DD');
      return raw;
    },
  },
} satisfies ConfigSpec;

/** The clock the process runs on, validated with the rest of the configuration (fails fast on a bad date). */
export function loadClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const config = loadConfig(certificationConfigSpec, env);
  return config.CERTIFICATION_TODAY ? fixedClock(config.CERTIFICATION_TODAY) : systemClock;
}
