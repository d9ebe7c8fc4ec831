// Units in tree order (each parent followed by its sub-units), for pickers that indent by depth.
export interface UnitNode {
  id: string;
  name: string;
  parent?: { id: string } | null;
}

export interface OrderedUnit {
  id: string;
  name: string;
  depth: number;
}

export function orderUnitsAsTree(units: readonly UnitNode[]): OrderedUnit[] {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, UnitNode[]>();
  for (const unit of units) {
    // A unit whose parent is not in the list (another agency's, or none) starts a tree.
    const parentId = unit.parent && ids.has(unit.parent.id) ? unit.parent.id : null;
    children.set(parentId, [...(children.get(parentId) ?? []), unit]);
  }
  const ordered: OrderedUnit[] = [];
  const walk = (parentId: string | null, depth: number) => {
    const siblings = [...(children.get(parentId) ?? [])].sort((a, b) => Number(a.id) - Number(b.id));
    for (const unit of siblings) {
      ordered.push({ id: unit.id, name: unit.name, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}
