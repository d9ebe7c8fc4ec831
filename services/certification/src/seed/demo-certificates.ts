// Demo certificates for the contract's employees 1..300 (agency = ceil(id / 75)), dated relative to the seeding
// day so that every status exists whenever the demo starts: in each agency its first five employees hold one
// certificate per status (active, expiring, expired, revoked, and an expired one renewed), the rest a random few.
import type { Certificate } from '../entities/certificate.entity.js';
import { addDays, addMonths } from '../rules/calendar.js';
import { computeExpiry } from '../rules/certificate-expiry.js';
import { DEMO_SCHEMES, EMPLOYEE_COUNT, EMPLOYEES_PER_AGENCY } from './demo-catalog.js';
import { createRandom, type Random } from '@asn/common';

type Target = 'ACTIVE' | 'EXPIRING' | 'EXPIRED' | 'REVOKED' | 'RENEWED';
type DemoScheme = (typeof DEMO_SCHEMES)[number];
export type DemoCertificate = Omit<Certificate, 'scheme' | 'issuer' | 'renews'>;

const REVOCATION_REASONS = [
  'Dicabut oleh penerbit: dokumen persyaratan tidak sah',
  'Dicabut oleh LSP: pelanggaran kode etik profesi',
  'Dibatalkan atas permintaan pemegang: salah data identitas',
];
/** The first five employees of each agency, in this order. */
const FIXED_TARGETS: Target[] = ['ACTIVE', 'EXPIRING', 'EXPIRED', 'REVOKED', 'RENEWED'];
const EXPIRING_SCHEMES = DEMO_SCHEMES.filter((scheme) => scheme.validityMonths !== null);

/** Days from today to the expiry a target status needs, kept clear of the 90-day and 0-day edges. */
function expiryOffset(target: Target, scheme: DemoScheme, random: Random): number {
  const validityDays = (scheme.validityMonths ?? 0) * 30;
  if (target === 'EXPIRING') return random.int(10, 80);
  if (target === 'EXPIRED' || target === 'RENEWED') return -random.int(10, 400);
  return random.int(120, Math.max(121, validityDays - 10));
}

class CertificateFactory {
  readonly rows: DemoCertificate[] = [];

  constructor(
    private readonly today: string,
    private readonly random: Random,
  ) {}

  /** Every third certificate expiring within 90 days had its holder reminded a week ago. */
  private reminder(id: number, expiresOn: string | null) {
    const soon = expiresOn !== null && expiresOn >= this.today && expiresOn <= addDays(this.today, 90);
    return soon && id % 3 === 0
      ? { remindedOn: addDays(this.today, -7), remindedBy: 'seed:BKPSDM' }
      : { remindedOn: null, remindedBy: null };
  }

  add(employeeId: number, scheme: DemoScheme, issuedOn: string, renewsId: number | null = null): DemoCertificate {
    const id = this.rows.length + 1;
    const verified = this.random.next() < 0.6;
    const row: DemoCertificate = {
      id,
      employeeId,
      agencyId: Math.ceil(employeeId / EMPLOYEES_PER_AGENCY),
      schemeId: scheme.id,
      issuerId: scheme.issuerId,
      number: `${scheme.code}-${issuedOn.slice(0, 4)}-${String(id).padStart(6, '0')}`,
      issuedOn,
      expiresOn: computeExpiry(issuedOn, scheme.validityMonths),
      lspName: scheme.lsp ?? null,
      renewsId,
      revokedOn: null,
      revocationReason: null,
      verifiedBy: verified ? 'seed:BKPSDM' : null,
      verifiedOn: verified ? minDate(addDays(issuedOn, 14), this.today) : null,
      ...this.reminder(id, computeExpiry(issuedOn, scheme.validityMonths)),
    };
    this.rows.push(row);
    return row;
  }

  /** One certificate of `scheme` that has the target status today (two for a renewal). */
  addWithStatus(employeeId: number, scheme: DemoScheme, target: Target): void {
    const issuedOn =
      scheme.validityMonths === null
        ? addDays(this.today, -this.random.int(30, 2500))
        : addMonths(addDays(this.today, expiryOffset(target, scheme, this.random)), -scheme.validityMonths);
    const row = this.add(employeeId, scheme, issuedOn);
    if (target === 'REVOKED') {
      row.revokedOn = minDate(addDays(issuedOn, this.random.int(30, 300)), this.today);
      row.revocationReason = this.random.pick(REVOCATION_REASONS);
    }
    if (target === 'RENEWED' && row.expiresOn !== null) {
      this.add(employeeId, scheme, addDays(row.expiresOn, -this.random.int(1, 9)), row.id);
    }
  }
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function demoCertificates(today: string): DemoCertificate[] {
  const random = createRandom(20_260_101);
  const factory = new CertificateFactory(today, random);
  for (let employeeId = 1; employeeId <= EMPLOYEE_COUNT; employeeId++) {
    const fixed = FIXED_TARGETS[(employeeId - 1) % EMPLOYEES_PER_AGENCY];
    if (fixed) {
      factory.addWithStatus(employeeId, random.pick(EXPIRING_SCHEMES), fixed);
      continue;
    }
    if (random.next() >= 0.45) continue;
    const count = random.int(1, 3);
    const schemes = new Set<DemoScheme>();
    while (schemes.size < count) schemes.add(random.pick(DEMO_SCHEMES));
    for (const scheme of schemes) {
      const roll = random.next();
      const target: Target =
        roll < 0.5
          ? 'ACTIVE'
          : roll < 0.65
            ? 'EXPIRING'
            : roll < 0.85
              ? 'EXPIRED'
              : roll < 0.92
                ? 'RENEWED'
                : 'REVOKED';
      factory.addWithStatus(employeeId, scheme, target);
    }
  }
  return factory.rows;
}
