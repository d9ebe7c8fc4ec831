// A unit's subtree as a half-open range of paths. Paths are `/`-separated fixed-width ids ending in `/`, so a
// descendant's path starts with its ancestor's: every path of the subtree lies in [path, path with its last `/`
// raised to `0`, the next character). Unlike `LIKE 'path%'`, which SQLite cannot serve from an index (its LIKE
// ignores case, the index does not), the range is an index range on both databases.

export interface PathRange {
  from: string;
  to: string;
}

export function subtreeRange(path: string): PathRange {
  if (!path.endsWith('/')) throw new Error(`a unit path ends with '/': ${path}`);
  return { from: path, to: `${path.slice(0, -1)}0` };
}
