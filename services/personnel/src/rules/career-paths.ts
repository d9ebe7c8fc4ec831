// Career moves on the agency's ladder (docs/domain.md, "Career paths"): the positions reachable from the current one
// in one or two moves, each by its shortest path. A path's kind is its most demanding move: diagonal (changing
// track) over vertical (a level up) over horizontal.

export type MoveKind = 'VERTICAL' | 'HORIZONTAL' | 'DIAGONAL';

export interface LadderStep {
  id: number;
  fromPositionId: number;
  toPositionId: number;
  kind: MoveKind;
}

export interface CareerPath<S extends LadderStep> {
  targetPositionId: number;
  steps: S[];
  kind: MoveKind;
}

const WEIGHT: Record<MoveKind, number> = { HORIZONTAL: 0, VERTICAL: 1, DIAGONAL: 2 };

export function pathKind(kinds: readonly MoveKind[]): MoveKind {
  return kinds.reduce<MoveKind>((worst, kind) => (WEIGHT[kind] > WEIGHT[worst] ? kind : worst), 'HORIZONTAL');
}

/** Targets in order of discovery: one-move targets first, then two-move ones; ties broken by the ladder's ids. */
export function reachableTargets<S extends LadderStep>(
  fromPositionId: number,
  ladder: readonly S[],
  maxMoves = 2,
): CareerPath<S>[] {
  const outgoing = new Map<number, S[]>();
  for (const step of [...ladder].sort((a, b) => a.id - b.id)) {
    const list = outgoing.get(step.fromPositionId) ?? [];
    list.push(step);
    outgoing.set(step.fromPositionId, list);
  }
  const found = new Map<number, CareerPath<S>>();
  let frontier: { positionId: number; steps: S[] }[] = [{ positionId: fromPositionId, steps: [] }];
  for (let move = 1; move <= maxMoves; move += 1) {
    const next: typeof frontier = [];
    for (const { positionId, steps } of frontier) {
      for (const step of outgoing.get(positionId) ?? []) {
        const target = step.toPositionId;
        if (target === fromPositionId || found.has(target)) continue;
        const path = [...steps, step];
        found.set(target, { targetPositionId: target, steps: path, kind: pathKind(path.map((s) => s.kind)) });
        next.push({ positionId: target, steps: path });
      }
    }
    frontier = next;
  }
  return [...found.values()];
}
