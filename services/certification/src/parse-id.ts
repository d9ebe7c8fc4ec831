// GraphQL IDs are strings; our rows are keyed by positive integers. Anything else is bad input, not "not found".
export function parseId(value: string, invalid: () => Error): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1) throw invalid();
  return id;
}
