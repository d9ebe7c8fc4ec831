import type { Context } from '../context.js';
import type { Certificate } from '../entities/certificate.entity.js';

export function resolveCertificateReference(
  representation: Record<string, unknown>,
  { loaders }: Context,
): Promise<Certificate | null> {
  return loaders.certificatesById.load(Number(representation.id));
}
