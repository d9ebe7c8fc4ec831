// The gateway takes from @asn/common only its light entry points (identity, config, secrets, logger, clock): the barrel
// would load TypeORM, type-graphql and Apollo Server into a process that serves none of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe("the gateway's imports of @asn/common", () => {
  it('name an entry point, never the barrel', () => {
    const files = sourceFiles(SRC);
    const barrel = files.filter((file) => /from '@asn\/common'/.test(readFileSync(file, 'utf8')));
    const entries = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(@asn\/common[^']*)'/g)].map((match) => match[1]),
    );
    expect(barrel).toEqual([]);
    // The control: the gateway does import from common, through the entry points.
    expect(new Set(entries)).toEqual(
      new Set([
        '@asn/common/identity',
        '@asn/common/config',
        '@asn/common/secrets',
        '@asn/common/logger',
        '@asn/common/clock',
      ]),
    );
  });
});
