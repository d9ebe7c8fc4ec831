import type { SubgraphModule } from '@asn/common';
import { systemClock, type Clock } from './clock.js';
import { CERTIFICATION_PORT } from './config.js';
import { createContextFactory, type Context } from './context.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildCertificationSchema } from './schema.js';
import { seedCertification } from './seed/seed.js';

/** The subgraph on a given clock: the real date in production, CERTIFICATION_TODAY or a test's date otherwise. */
export function createCertificationSubgraph(clock: Clock): SubgraphModule<Context> {
  return {
    service: 'certification',
    defaultPort: CERTIFICATION_PORT,
    entities,
    migrations,
    buildSchema: () => buildCertificationSchema(),
    createContext: createContextFactory(clock),
    seed: (dataSource, logger) => seedCertification(dataSource, logger, clock()),
  };
}

export const certificationSubgraph = createCertificationSubgraph(systemClock);
