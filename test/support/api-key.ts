// API keys for a test stack, made with personnel's own CLI on the database the running service uses.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '@asn/launcher/stack.mjs';

const CLI = join(ROOT, 'services/personnel/dist/cli/api-keys.js');

/** Creates a key for `agencyId` with `scopes` and returns the key itself (the CLI prints it last, once). */
export async function createApiKey(
  databaseEnv: Record<string, string>,
  agencyId: number,
  scopes: string[],
  name = 'test',
): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [CLI, 'create', '--agency', String(agencyId), '--name', name, '--scopes', scopes.join(',')],
    { cwd: ROOT, env: { ...process.env, ...databaseEnv, LOG_LEVEL: 'error' } },
  );
  const key = stdout.trim().split('\n').at(-1)?.trim();
  if (!key) throw new Error(`the API key CLI printed no key: ${stdout}`);
  return key;
}
