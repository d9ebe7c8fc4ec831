// Lays the career ladder out as a graph: each position on the ladder a node, in rows by jenjang (the highest on
// top), each move an arrow. Structural and functional levels share rows by the penyetaraan of PermenPANRB 17/2021
// (pengawas ~ ahli muda, administrator ~ ahli madya, JPT pratama ~ ahli utama).
import type { FunctionalLevel, PositionKind } from '../graphql/generated/graphql';

const TIER_OF_KIND: Record<Exclude<PositionKind, 'FUNGSIONAL'>, number> = {
  PELAKSANA: 0,
  PENGAWAS: 2,
  ADMINISTRATOR: 3,
  JPT_PRATAMA: 4,
  JPT_MADYA: 5,
  JPT_UTAMA: 6,
};
const TIER_OF_LEVEL: Record<FunctionalLevel, number> = {
  PEMULA: 0,
  TERAMPIL: 0,
  MAHIR: 1,
  PENYELIA: 1,
  AHLI_PERTAMA: 1,
  AHLI_MUDA: 2,
  AHLI_MADYA: 3,
  AHLI_UTAMA: 4,
};

export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 46;
const GAP_X = 40;
const GAP_Y = 70;

export interface LadderPosition {
  id: string;
  name: string;
  kind: PositionKind;
  functionalLevel?: FunctionalLevel | null;
}

export interface LadderMove {
  id: string;
  fromPosition: { id: string };
  toPosition: { id: string };
}

export interface LaidOutNode {
  id: string;
  name: string;
  x: number;
  y: number;
}

export interface LaidOutArrow {
  id: string;
  /** An SVG path from the source node's edge to the target's. */
  d: string;
}

export interface LadderLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  arrows: LaidOutArrow[];
}

export function tierOf(position: LadderPosition): number {
  return position.kind === 'FUNGSIONAL'
    ? TIER_OF_LEVEL[position.functionalLevel ?? 'AHLI_PERTAMA']
    : TIER_OF_KIND[position.kind];
}

export function layOutCareerLadder(positions: readonly LadderPosition[], moves: readonly LadderMove[]): LadderLayout {
  const onLadder = new Set(moves.flatMap((move) => [move.fromPosition.id, move.toPosition.id]));
  const drawn = positions.filter((position) => onLadder.has(position.id));
  const tiers = [...new Set(drawn.map(tierOf))].sort((a, b) => b - a);
  const rows = tiers.map((tier) =>
    drawn.filter((position) => tierOf(position) === tier).sort((a, b) => Number(a.id) - Number(b.id)),
  );
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const width = columns === 0 ? 0 : columns * NODE_WIDTH + (columns + 1) * GAP_X;
  const nodes = rows.flatMap((row, rowIndex) => {
    // Each row is centred, so a single top post sits above the middle of the ones below it.
    const offset = (width - (row.length * NODE_WIDTH + (row.length - 1) * GAP_X)) / 2;
    return row.map((position, index) => ({
      id: position.id,
      name: position.name,
      x: offset + index * (NODE_WIDTH + GAP_X),
      y: GAP_Y / 2 + rowIndex * (NODE_HEIGHT + GAP_Y),
    }));
  });
  const at = new Map(nodes.map((node) => [node.id, node]));
  const arrows = moves.flatMap((move) => {
    const from = at.get(move.fromPosition.id);
    const to = at.get(move.toPosition.id);
    return from && to ? [{ id: move.id, d: arrowPath(from, to) }] : [];
  });
  return { width, height: rows.length * (NODE_HEIGHT + GAP_Y), nodes, arrows };
}

function arrowPath(from: LaidOutNode, to: LaidOutNode): string {
  const fromX = from.x + NODE_WIDTH / 2;
  const toX = to.x + NODE_WIDTH / 2;
  if (from.y === to.y) {
    // A move within a row bows below it, so it does not run through the nodes between.
    const y = from.y + NODE_HEIGHT;
    return `M ${fromX} ${y} Q ${(fromX + toX) / 2} ${y + GAP_Y / 2} ${toX} ${y}`;
  }
  const up = to.y < from.y;
  const fromY = up ? from.y : from.y + NODE_HEIGHT;
  const toY = up ? to.y + NODE_HEIGHT : to.y;
  return `M ${fromX} ${fromY} L ${toX} ${toY}`;
}
