import { describe, expect, it } from 'vitest';
import { missingSchemes, requirementStatuses } from './scheme-gap.js';

const TODAY = '2026-06-01';
const PPBJ = { id: 6 }; // Uji Kompetensi JF PPBJ Ahli Pertama (lifetime)
const L1 = { id: 2 }; // Sertifikat PBJ Level-1 (36 months)
const cert = (id: number, schemeId: number, expiresOn: string | null, revokedOn: string | null = null) => ({
  id,
  schemeId,
  expiresOn,
  revokedOn,
});

describe('required schemes against held certificates', () => {
  it('lists every required scheme missing when the employee holds nothing', () => {
    expect(missingSchemes([PPBJ, L1], [], TODAY)).toEqual([PPBJ, L1]);
  });

  it('counts an active or expiring certificate, not an expired or revoked one', () => {
    const held = [cert(1, 6, '2026-05-31'), cert(2, 2, '2026-06-30')];
    expect(missingSchemes([PPBJ, L1], held, TODAY)).toEqual([PPBJ]);
    expect(missingSchemes([PPBJ], [cert(3, 6, null, '2026-01-01')], TODAY)).toEqual([PPBJ]);
  });

  it('meets a requirement with the certificate valid longest, a lifetime one first', () => {
    const held = [cert(1, 2, '2027-01-01'), cert(2, 2, '2028-01-01'), cert(3, 6, '2027-01-01'), cert(4, 6, null)];
    const statuses = requirementStatuses([L1, PPBJ], held, TODAY);
    expect(statuses.map((status) => [status.met, status.certificate?.id])).toEqual([
      [true, 2],
      [true, 4],
    ]);
  });

  it('reports nothing missing when the position requires nothing', () => {
    expect(requirementStatuses([], [cert(1, 2, null)], TODAY)).toEqual([]);
  });
});
