import { describe, expect, it } from 'vitest';
import { pathKind, reachableTargets, type LadderStep } from './career-paths.js';

// Pelaksana (1) -> Pengawas (2) -> Administrator (3); Pelaksana -> JF Ahli Pertama (4) -> JF Ahli Muda (5);
// Pengawas <-> JF Ahli Muda (diagonal); Administrator -> JPT (6) is three moves away.
const LADDER: LadderStep[] = [
  { id: 1, fromPositionId: 1, toPositionId: 2, kind: 'VERTICAL' },
  { id: 2, fromPositionId: 2, toPositionId: 3, kind: 'VERTICAL' },
  { id: 3, fromPositionId: 1, toPositionId: 4, kind: 'DIAGONAL' },
  { id: 4, fromPositionId: 4, toPositionId: 5, kind: 'VERTICAL' },
  { id: 5, fromPositionId: 2, toPositionId: 5, kind: 'DIAGONAL' },
  { id: 6, fromPositionId: 5, toPositionId: 2, kind: 'DIAGONAL' },
  { id: 7, fromPositionId: 3, toPositionId: 6, kind: 'VERTICAL' },
  { id: 8, fromPositionId: 2, toPositionId: 1, kind: 'HORIZONTAL' },
];

describe('reachableTargets', () => {
  it('finds the positions one or two moves away, each by its shortest path', () => {
    const paths = reachableTargets(1, LADDER);
    expect(paths.map((path) => [path.targetPositionId, path.steps.map((step) => step.id), path.kind])).toEqual([
      [2, [1], 'VERTICAL'],
      [4, [3], 'DIAGONAL'],
      [3, [1, 2], 'VERTICAL'],
      [5, [1, 5], 'DIAGONAL'],
    ]);
  });

  it('never offers the current position, nor a target three moves away', () => {
    const targets = reachableTargets(1, LADDER).map((path) => path.targetPositionId);
    expect(targets).not.toContain(1);
    expect(targets).not.toContain(6);
  });

  it('offers nothing from a position with no ladder edges', () => {
    expect(reachableTargets(6, LADDER)).toEqual([]);
  });
});

describe('pathKind', () => {
  it('is the most demanding move of the path', () => {
    expect(pathKind(['HORIZONTAL', 'VERTICAL'])).toBe('VERTICAL');
    expect(pathKind(['VERTICAL', 'DIAGONAL'])).toBe('DIAGONAL');
    expect(pathKind(['HORIZONTAL'])).toBe('HORIZONTAL');
  });
});
