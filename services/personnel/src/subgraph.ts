import { systemClock, type Clock, type SubgraphModule } from '@asn/common';
import { createContextFactory, type Context } from './context.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildPersonnelSchema } from './schema.js';
import { seedPersonnel } from './seed/seed.js';

/** The personnel subgraph with a clock of the caller's choosing (tests move time; the service uses today). */
export function createPersonnelSubgraph(clock: Clock = systemClock): SubgraphModule<Context> {
  return {
    service: 'personnel',
    defaultPort: 4001,
    entities,
    migrations,
    buildSchema: buildPersonnelSchema,
    createContext: createContextFactory(clock),
    seed: seedPersonnel,
  };
}

export const personnelSubgraph = createPersonnelSubgraph();

/** The NIP rule, for tools outside the subgraph that write or check employees (the scale generator's test). */
export { parseNip } from './rules/nip.js';
