// The Training entity by key (`_entities`): public catalog data, batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';

export async function resolveTrainingReference(representation: Record<string, unknown>, { loaders }: Context) {
  return loaders.trainingsById.load(parseId(representation.id, 'id'));
}
