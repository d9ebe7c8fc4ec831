import { DEFAULT_TIME_ZONE, localDate, systemClock, type Clock, type SubgraphModule } from '@asn/common';
import { CERTIFICATION_PORT } from './config.js';
import { createContextFactory, type Context } from './context.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildCertificationSchema } from './schema.js';
import { seedCertification } from './seed/seed.js';

/** The subgraph on a given clock: the real time in production, CLOCK_AT or a test's instant otherwise. */
export function createCertificationSubgraph(clock: Clock): SubgraphModule<Context> {
  return {
    service: 'certification',
    defaultPort: CERTIFICATION_PORT,
    entities,
    migrations,
    buildSchema: () => buildCertificationSchema(),
    createContext: createContextFactory(clock),
    seed: (dataSource, logger) => seedCertification(dataSource, logger, localDate(clock(), DEFAULT_TIME_ZONE)),
  };
}

export const certificationSubgraph = createCertificationSubgraph(systemClock);
