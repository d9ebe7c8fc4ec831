// The benchmark's queries: one across all three subgraphs, one served by personnel alone.
export const BENCH_QUERIES: Record<string, { query: string; variables: Record<string, unknown> }> = {
  'three-subgraphs (employees with enrolments and certificates)': {
    query: /* GraphQL */ `
      query BenchAcross($first: Int!) {
        employees(first: $first) { id nip name enrolments { id } certificates { id } }
      }
    `,
    variables: { first: 100 },
  },
  'one-subgraph (employees)': {
    query: /* GraphQL */ `
      query BenchPersonnel($first: Int!) {
        employees(first: $first) { id nip name }
      }
    `,
    variables: { first: 100 },
  },
};
