// A GraphQL enum object from a rule's list of values, so the values are spelled once (in the rule).
export function enumOf<const T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
