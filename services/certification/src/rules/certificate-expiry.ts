// A certificate's expiry: the date the issuer prints, else the scheme's validity counted from the issue date, else
// none (a lifetime certificate) (docs/domain.md, "Certification": commonly 36 months for BNSP).
import { addMonths } from './calendar.js';

/**
 * The last day the certificate is valid (inclusive), or null for a lifetime certificate.
 * Issued 2024-01-31 with a 1-month validity: valid through 2024-02-29.
 */
export function computeExpiry(
  issuedOn: string,
  validityMonths: number | null,
  expiryGivenByIssuer?: string,
): string | null {
  if (expiryGivenByIssuer !== undefined) return expiryGivenByIssuer;
  if (validityMonths === null) return null;
  return addMonths(issuedOn, validityMonths);
}
