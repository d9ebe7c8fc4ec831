// Both languages say everything: a key present in one file and missing in the other fails here.
import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('locales', () => {
  it('Indonesian and English have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(id).sort());
  });

  it('has no empty message', () => {
    const empty = [id, en].flatMap((messages) =>
      keysOf(messages).filter(
        (key) =>
          key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === '',
      ),
    );
    expect(empty).toEqual([]);
  });
});
