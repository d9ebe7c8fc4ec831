import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { boundedInputPlugin } from './bounded-input.js';

async function run(query: string, variables: Record<string, unknown> = {}) {
  const hooks = await boundedInputPlugin().requestDidStart!({} as never);
  return hooks!.didResolveOperation!({ request: { variables }, document: parse(query) } as never);
}

describe('every input string of every subgraph', () => {
  it('is bounded in variables, with the path of the field at fault', async () => {
    await expect(
      run('mutation ($input: X!) { f(input: $input) }', { input: { items: [{ note: 'x'.repeat(10_001) }] } }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG', field: 'input.items.0.note' },
    });
  });

  it('is bounded when written into the document too', async () => {
    await expect(run(`mutation { f(input: { comment: "${'x'.repeat(10_001)}" }) }`)).rejects.toMatchObject({
      extensions: { reason: 'TEXT_TOO_LONG', field: 'input.comment' },
    });
  });

  it('holds no NUL or other control character', async () => {
    await expect(run('query ($t: String) { f(filter: { search: $t }) }', { t: 'a\u0000b' })).rejects.toMatchObject({
      extensions: { reason: 'TEXT_CONTROL_CHARACTERS', field: 'filter.search' },
    });
  });

  it('lets a CSV document through to its importer, which bounds it, and ordinary text through', async () => {
    await expect(
      run('mutation ($input: X!) { f(input: $input) }', { input: { csv: 'x'.repeat(50_000) } }),
    ).resolves.toBeUndefined();
    await expect(run('query ($t: String) { f(t: $t) }', { t: 'Baik.\nTerima kasih.' })).resolves.toBeUndefined();
  });
});
