// The Issuer entity by key (`_entities`): public catalog data, batched through the loader.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { Issuer } from '../entities/issuer.entity.js';

export function resolveIssuerReference(
  representation: Record<string, unknown>,
  { loaders }: Context,
): Promise<Issuer | null> {
  return loaders.issuersById.load(parseId(representation.id, 'id'));
}
