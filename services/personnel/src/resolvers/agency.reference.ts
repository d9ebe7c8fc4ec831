// The Agency entity by key (`_entities`): public catalog data, batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';

export function resolveAgencyReference(representation: Record<string, unknown>, { loaders }: Context) {
  return loaders.agenciesById.load(parseId(representation.id, 'id'));
}
