// The team matrix's per-column lists as one leaf value each: as [Int] a 1,000 × 30 matrix has graphql-js complete
// 90,000 list items one by one, most of the cost of building the answer; as a scalar a row's list is checked and
// sent whole. The JSON is the same. Output only.
import { GraphQLScalarType } from 'graphql';

function columnList<T>(name: string, items: string, isItem: (value: unknown) => value is T) {
  const outputOnly = (): never => {
    throw new TypeError(`${name} is an output type`);
  };
  return new GraphQLScalarType<(T | null)[], (T | null)[]>({
    name,
    description: `A list of ${items} or nulls, one per column of the team matrix, in its order.`,
    serialize: (value) => {
      if (!Array.isArray(value) || !value.every((item) => item === null || isItem(item))) {
        throw new TypeError(`${name} must be a list of ${items} or nulls`);
      }
      return value as (T | null)[];
    },
    parseValue: outputOnly,
    parseLiteral: outputOnly,
  });
}

export const LevelListScalar = columnList('LevelList', 'integers', (value): value is number => Number.isInteger(value));

export const FlagListScalar = columnList(
  'FlagList',
  'booleans',
  (value): value is boolean => typeof value === 'boolean',
);
