// The Competency entity by key (`_entities`): public catalog data, batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';

export function resolveCompetencyReference(representation: Record<string, unknown>, { loaders }: Context) {
  return loaders.competenciesById.load(parseId(representation.id, 'id'));
}
