import { describe, expect, it } from 'vitest';
import { DEMO_ISSUERS, DEMO_REQUIREMENTS, DEMO_SCHEMES } from './demo-catalog.js';

const LKPP = DEMO_ISSUERS.find((issuer) => issuer.code === 'LKPP')!.id;
const schemeOf = (id: number) => DEMO_SCHEMES.find((scheme) => scheme.id === id)!;

describe('the demo positions’ certificate requirements', () => {
  it('ask a procurement certificate only of the procurement post (Pengelola PBJ, position 9 of each agency)', () => {
    const procurement = Object.entries(DEMO_REQUIREMENTS)
      .filter(([, schemes]) => schemes.some((id) => schemeOf(id).issuerId === LKPP))
      .map(([k]) => Number(k));
    expect(procurement).toEqual([9]);
  });

  it('ask of the Kasubbag Umum dan Kepegawaian (position 6) the archives certificate its standard calls for', () => {
    expect(DEMO_REQUIREMENTS[6]!.map((id) => schemeOf(id).code)).toEqual(['BNSP-ARSIP']);
  });

  it('name only seeded schemes', () => {
    for (const id of Object.values(DEMO_REQUIREMENTS).flat()) expect(schemeOf(id), String(id)).toBeDefined();
  });
});
