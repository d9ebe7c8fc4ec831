// The SIASN riwayat sertifikasi export of one employee or a unit's members: verified certificates, not revoked,
// issued in the period. Certificates, schemes and issuers are each read once per request through the loaders,
// whatever the number of people (test/integration/siasn-export.int.test.ts counts the statements).
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import { invalid } from '../errors.js';
import { visibleCertificates } from '../policy.js';
import { writeSiasnSertifikasiCsv } from '../rules/siasn-sertifikasi-csv.js';
import type { SiasnSertifikasi, SiasnSertifikasiExport } from '../types/siasn-sertifikasi.type.js';

export interface SiasnMember {
  employeeId: number;
  /** The NIP personnel sent, grouped 8-6-1-3; null when it did not. */
  nip: string | null;
}

export async function exportSiasnSertifikasi(
  context: Context,
  members: SiasnMember[],
  from: string,
  to: string,
): Promise<SiasnSertifikasiExport> {
  if (to < from) throw invalid('to', 'DATES_OUT_OF_ORDER', { earliest: from });
  const { loaders, identity } = context;
  const groups = await loadAll(
    loaders.certificatesByEmployeeId,
    members.map((member) => member.employeeId),
  );
  const chosen = groups.map((rows) =>
    visibleCertificates(identity, rows)
      .filter((row) => row.verifiedOn !== null && row.revokedOn === null)
      .filter((row) => row.issuedOn >= from && row.issuedOn <= to)
      .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.id - b.id),
  );
  const schemes = await loadAll(loaders.schemesById, [...new Set(chosen.flat().map((row) => row.schemeId))]);
  const schemeOf = new Map(schemes.flatMap((scheme) => (scheme ? [[scheme.id, scheme] as const] : [])));
  const issuers = await loadAll(loaders.issuersById, [...new Set(chosen.flat().map((row) => row.issuerId))]);
  const issuerName = new Map(issuers.flatMap((issuer) => (issuer ? [[issuer.id, issuer.name] as const] : [])));
  const records = members.flatMap((member, index) =>
    chosen[index]!.map((row): SiasnSertifikasi => ({
      employee: { id: String(member.employeeId) },
      nipBaru: member.nip,
      namaSertifikasi: schemeOf.get(row.schemeId)?.name ?? '',
      nomorSertifikat: row.number,
      tanggalSertifikat: row.issuedOn,
      masaBerlakuSertMulai: row.issuedOn,
      masaBerlakuSertSelasai: row.expiresOn,
      lembagaSertifikasiNama: row.lspName ?? issuerName.get(row.issuerId) ?? '',
    })),
  );
  return { from, to, records, csv: writeSiasnSertifikasiCsv(records) };
}
