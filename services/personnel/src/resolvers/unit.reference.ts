// The Unit entity by key (`_entities`): public catalog data, batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';

export function resolveUnitReference(representation: Record<string, unknown>, { loaders }: Context) {
  return loaders.unitsById.load(parseId(representation.id, 'id'));
}
