import { describe, expect, it } from 'vitest';
import { layOutCareerLadder } from './careerLadderLayout';

const positions = [
  { id: '1', name: 'Pengadministrasi', kind: 'PELAKSANA' as const },
  { id: '2', name: 'Kasubbag', kind: 'PENGAWAS' as const },
  { id: '3', name: 'Analis Ahli Muda', kind: 'FUNGSIONAL' as const, functionalLevel: 'AHLI_MUDA' as const },
  { id: '4', name: 'Kabag', kind: 'ADMINISTRATOR' as const },
  { id: '5', name: 'Not on the ladder', kind: 'PELAKSANA' as const },
];
const move = (id: string, from: string, to: string) => ({ id, fromPosition: { id: from }, toPosition: { id: to } });

describe('layOutCareerLadder', () => {
  // Rows: Kabag (tier 3); Kasubbag and Ahli Muda (tier 2, penyetaraan); Pengadministrasi (tier 0). Two columns:
  // 2 × 180 + 3 × 40 = 480 wide; rows 46 + 70 apart, the first at 35.
  const layout = layOutCareerLadder(positions, [
    move('a', '1', '2'),
    move('b', '2', '4'),
    move('c', '3', '4'),
    move('d', '2', '3'),
  ]);

  it('puts the positions on the ladder in rows by jenjang, highest on top, each row centred', () => {
    expect(layout.nodes).toEqual([
      { id: '4', name: 'Kabag', x: 150, y: 35 },
      { id: '2', name: 'Kasubbag', x: 40, y: 151 },
      { id: '3', name: 'Analis Ahli Muda', x: 260, y: 151 },
      { id: '1', name: 'Pengadministrasi', x: 150, y: 267 },
    ]);
    expect([layout.width, layout.height]).toEqual([480, 348]);
  });

  it('draws a move up from the top of one node to the bottom of the other, one within a row as a bow below it', () => {
    expect(layout.arrows.find((arrow) => arrow.id === 'a')!.d).toBe('M 240 267 L 130 197');
    expect(layout.arrows.find((arrow) => arrow.id === 'd')!.d).toBe('M 130 197 Q 240 232 350 197');
  });

  it('draws nothing for an empty ladder', () => {
    expect(layOutCareerLadder(positions, [])).toEqual({ width: 0, height: 0, nodes: [], arrows: [] });
  });
});
