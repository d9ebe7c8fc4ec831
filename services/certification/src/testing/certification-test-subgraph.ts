// The certification subgraph in a test process on a clock the test moves.
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { createCertificationSubgraph } from '../subgraph.js';

export interface CertificationTestSubgraph extends TestSubgraph {
  /** Moves "today" for every later request. */
  setToday(date: string): void;
}

export async function createCertificationTestSubgraph(
  today: string,
  options: { seed?: boolean } = {},
): Promise<CertificationTestSubgraph> {
  let current = today;
  const module = createCertificationSubgraph(() => current);
  const subgraph = await createTestSubgraph(module, { seed: options.seed });
  return Object.assign(subgraph, {
    setToday: (date: string) => {
      current = date;
    },
  });
}
