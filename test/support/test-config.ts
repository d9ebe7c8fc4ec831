// What the cross-process tests read from the environment, once.
import { loadConfig, parsers } from '@asn/common';

export const testConfig = loadConfig({
  MYSQL_URL: {
    description: 'MySQL/MariaDB server URL; when set, every cross-process test also runs on it',
    default: undefined,
    parse: parsers.optional(parsers.url),
  },
  TEST_TEMPLATES: {
    description:
      'a folder for seeded SQLite databases shared by the run: a stack that would seed the same demo copies them',
    default: undefined,
    parse: parsers.optional(parsers.string),
  },
  TEST_LOG: { description: 'show the output of the processes a test starts', default: false, parse: parsers.boolean },
});

export type DatabaseKind = 'sqlite' | 'mysql';

/** SQLite always; MySQL too when MYSQL_URL is set. */
export const DATABASES: DatabaseKind[] = testConfig.MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'];
