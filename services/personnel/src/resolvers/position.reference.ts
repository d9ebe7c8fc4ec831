// The Position entity by key (`_entities`): public catalog data, batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';

export function resolvePositionReference(representation: Record<string, unknown>, { loaders }: Context) {
  return loaders.positionsById.load(parseId(representation.id, 'id'));
}
