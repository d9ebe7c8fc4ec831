import { parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { Certificate } from '../entities/certificate.entity.js';
import { readableCertificate } from './certificate.resolver.js';

/** Bypasses type-graphql, so it authorizes itself (readableCertificate), batched through the loader. */
export function resolveCertificateReference(
  representation: Record<string, unknown>,
  context: Context,
): Promise<Certificate | null> {
  return readableCertificate(context, parseId(representation.id, 'id'));
}
