import { describe, expect, it } from 'vitest';
import { formatGolongan } from './formatGolongan';
import { orderUnitsAsTree } from './unitTree';

describe('orderUnitsAsTree', () => {
  it('puts every sub-unit right after its parent, with its depth', () => {
    const units = [
      { id: '4', name: 'Dinas Kominfo', parent: { id: '1' } },
      { id: '2', name: 'Sekretariat Daerah', parent: { id: '1' } },
      { id: '6', name: 'Bidang Aplikasi', parent: { id: '4' } },
      { id: '1', name: 'Pemerintah Kota Ambon', parent: null },
      { id: '3', name: 'Bagian Pengadaan', parent: { id: '2' } },
    ];
    expect(orderUnitsAsTree(units).map((unit) => `${unit.depth}:${unit.id}`)).toEqual([
      '0:1',
      '1:2',
      '2:3',
      '1:4',
      '2:6',
    ]);
  });

  it('starts a tree at a unit whose parent is not listed', () => {
    expect(orderUnitsAsTree([{ id: '9', name: 'Puskesmas', parent: { id: '8' } }])).toEqual([
      { id: '9', name: 'Puskesmas', depth: 0 },
    ]);
  });
});

describe('formatGolongan', () => {
  it('writes golongan/ruang with a slash and a small letter', () => {
    expect(formatGolongan('III_B')).toBe('III/b');
    expect(formatGolongan('IV_E')).toBe('IV/e');
    expect(formatGolongan(null)).toBe('—');
  });
});
