// The Scheme entity by key (`_entities`): public catalog data, batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { Scheme } from '../entities/scheme.entity.js';

export function resolveSchemeReference(
  representation: Record<string, unknown>,
  { loaders }: Context,
): Promise<Scheme | null> {
  return loaders.schemesById.load(parseId(representation.id, 'id'));
}
