// The benchmark's queries: 100 employees with fields from all three subgraphs, and the same from personnel alone.
export const BENCH_QUERIES: Record<string, { query: string; variables: Record<string, unknown> }> = {
  'three-subgraphs (100 employees with JP, enrolments and certificates)': {
    query: /* GraphQL */ `
      query BenchAcross($first: Int!) {
        employees(first: $first) {
          edges {
            node {
              id
              nip
              name
              position {
                name
              }
              jp(year: 2026) {
                earned
                shortfall
              }
              enrolments {
                status
              }
              certificates {
                number
                status
              }
            }
          }
        }
      }
    `,
    variables: { first: 100 },
  },
  'one-subgraph (100 employees)': {
    query: /* GraphQL */ `
      query BenchPersonnel($first: Int!) {
        employees(first: $first) {
          edges {
            node {
              id
              nip
              name
              position {
                name
              }
            }
          }
        }
      }
    `,
    variables: { first: 100 },
  },
};
