// The gap between the schemes a position requires and the certificates an employee holds (docs/domain.md,
// "Certification" and "Career paths": a move requires the target's certificates). A requirement is met by a
// certificate of the scheme that is neither revoked nor expired today; an expiring one still counts.
import { isValidCertificate, type DatedCertificate } from './certificate-status.js';

export interface HeldCertificate extends DatedCertificate {
  schemeId: number;
}

export interface RequirementStatus<S, C> {
  scheme: S;
  met: boolean;
  /** The valid certificate that meets it, the one valid longest (lifetime first); null when unmet. */
  certificate: C | null;
}

function validLonger(a: DatedCertificate, b: DatedCertificate): boolean {
  if (a.expiresOn === null) return b.expiresOn !== null;
  return b.expiresOn !== null && a.expiresOn > b.expiresOn;
}

export function requirementStatuses<S extends { id: number }, C extends HeldCertificate>(
  required: S[],
  held: C[],
  today: string,
): RequirementStatus<S, C>[] {
  return required.map((scheme) => {
    let best: C | null = null;
    for (const certificate of held) {
      if (certificate.schemeId !== scheme.id || !isValidCertificate(certificate, today)) continue;
      if (best === null || validLonger(certificate, best)) best = certificate;
    }
    return { scheme, met: best !== null, certificate: best };
  });
}

/** The required schemes the employee holds no valid certificate of. */
export function missingSchemes<S extends { id: number }>(required: S[], held: HeldCertificate[], today: string): S[] {
  return requirementStatuses(required, held, today)
    .filter((status) => !status.met)
    .map((status) => status.scheme);
}
