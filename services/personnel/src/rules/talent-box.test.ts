import { describe, expect, it } from 'vitest';
import {
  placeTalent,
  potensialOf,
  talentBox,
  TALENT_BOXES,
  type Kinerja,
  type PerformancePredikat,
} from './talent-box.js';

const DEFAULT_CUTOFFS = { menengahFrom: 60, tinggiFrom: 80 };
const DEFAULT_MAPPING = new Map<PerformancePredikat, Kinerja>([
  ['SANGAT_BAIK', 'DI_ATAS'],
  ['BAIK', 'SESUAI'],
  ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
  ['KURANG', 'DI_BAWAH'],
  ['SANGAT_KURANG', 'DI_BAWAH'],
]);

describe('talentBox (the regulation table, not row by row)', () => {
  it.each([
    [9, 'DI_ATAS', 'TINGGI'],
    [8, 'SESUAI', 'TINGGI'],
    [7, 'DI_ATAS', 'MENENGAH'],
    [6, 'DI_BAWAH', 'TINGGI'],
    [5, 'SESUAI', 'MENENGAH'],
    [4, 'DI_ATAS', 'RENDAH'],
    [3, 'DI_BAWAH', 'MENENGAH'],
    [2, 'SESUAI', 'RENDAH'],
    [1, 'DI_BAWAH', 'RENDAH'],
  ] as const)('box %i is kinerja %s x potensial %s', (box, kinerja, potensial) => {
    expect(talentBox(kinerja, potensial)).toBe(box);
  });
});

describe('potensialOf (default cut-offs < 60 rendah, 60 - < 80 menengah, >= 80 tinggi)', () => {
  it('puts the boundaries in the upper class', () => {
    expect(potensialOf(59.99, DEFAULT_CUTOFFS)).toBe('RENDAH');
    expect(potensialOf(60, DEFAULT_CUTOFFS)).toBe('MENENGAH');
    expect(potensialOf(79, DEFAULT_CUTOFFS)).toBe('MENENGAH');
    expect(potensialOf(80, DEFAULT_CUTOFFS)).toBe('TINGGI');
  });

  it('follows an agency that sets other cut-offs', () => {
    expect(potensialOf(80, { menengahFrom: 65, tinggiFrom: 85 })).toBe('MENENGAH');
  });
});

describe('placeTalent', () => {
  it('maps Sangat Baik to di atas and Butuh Perbaikan to di bawah by default', () => {
    expect(placeTalent('SANGAT_BAIK', 85, DEFAULT_MAPPING, DEFAULT_CUTOFFS)).toEqual({
      box: 9,
      kinerja: 'DI_ATAS',
      potensial: 'TINGGI',
    });
    expect(placeTalent('BUTUH_PERBAIKAN', 70, DEFAULT_MAPPING, DEFAULT_CUTOFFS)?.box).toBe(3);
    expect(placeTalent('BAIK', 50, DEFAULT_MAPPING, DEFAULT_CUTOFFS)?.box).toBe(2);
  });

  it('places nobody while a rating is missing', () => {
    expect(placeTalent(null, 85, DEFAULT_MAPPING, DEFAULT_CUTOFFS)).toBeNull();
    expect(placeTalent('BAIK', null, DEFAULT_MAPPING, DEFAULT_CUTOFFS)).toBeNull();
  });
});

describe('TALENT_BOXES', () => {
  it("lists the regulation's boxes 1-9 with their axes (box 6 is di bawah × tinggi, box 4 di atas × rendah)", () => {
    expect(TALENT_BOXES.map((box) => box.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(TALENT_BOXES[5]).toEqual({ box: 6, kinerja: 'DI_BAWAH', potensial: 'TINGGI' });
    expect(TALENT_BOXES[3]).toEqual({ box: 4, kinerja: 'DI_ATAS', potensial: 'RENDAH' });
  });
});
