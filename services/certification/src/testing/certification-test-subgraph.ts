// The certification subgraph in a test process on a clock the test moves.
import { fixedClock } from '@asn/common';
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { createCertificationSubgraph } from '../subgraph.js';

export interface CertificationTestSubgraph extends TestSubgraph {
  /** Moves the clock for every later request: a date (noon UTC) or an instant. */
  setToday(dateOrInstant: string): void;
}

export async function createCertificationTestSubgraph(
  today: string,
  options: { seed?: boolean } = {},
): Promise<CertificationTestSubgraph> {
  let current = today;
  const module = createCertificationSubgraph(() => fixedClock(current)());
  const subgraph = await createTestSubgraph(module, { seed: options.seed });
  return Object.assign(subgraph, {
    setToday: (date: string) => {
      current = date;
    },
  });
}
