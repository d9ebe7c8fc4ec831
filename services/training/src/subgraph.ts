import { DEFAULT_TIME_ZONE, localDate, systemClock, type Clock, type SubgraphModule } from '@asn/common';
import { createContextFactory, type Context } from './context.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildTrainingSchema } from './schema.js';
import { seedTraining } from './seed/seed.js';

/** The training subgraph with a clock (tests stop it at a date). */
export function createTrainingSubgraph(options: { clock?: Clock } = {}): SubgraphModule<Context> {
  const clock = options.clock ?? systemClock;
  return {
    service: 'training',
    defaultPort: 4002,
    entities,
    migrations,
    buildSchema: buildTrainingSchema,
    createContext: createContextFactory(clock),
    seed: (dataSource, logger) => seedTraining(dataSource, logger, localDate(clock(), DEFAULT_TIME_ZONE)),
  };
}

export const trainingSubgraph = createTrainingSubgraph();
