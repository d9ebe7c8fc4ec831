// Reference resolvers of the public catalog's entities: anyone may read them, batched through the loaders.
import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { Issuer } from '../entities/issuer.entity.js';
import type { Scheme } from '../entities/scheme.entity.js';

export function resolveSchemeReference(
  representation: Record<string, unknown>,
  { loaders }: Context,
): Promise<Scheme | null> {
  return loaders.schemesById.load(parseId(representation.id, 'id'));
}

export function resolveIssuerReference(
  representation: Record<string, unknown>,
  { loaders }: Context,
): Promise<Issuer | null> {
  return loaders.issuersById.load(parseId(representation.id, 'id'));
}
