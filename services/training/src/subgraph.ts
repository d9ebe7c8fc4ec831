import type { SubgraphModule } from '@asn/common';
import { createContext, type Context } from './context.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildTrainingSchema } from './schema.js';
import { seedTraining } from './seed/seed.js';

export const trainingSubgraph: SubgraphModule<Context> = {
  service: 'training',
  defaultPort: 4002,
  entities,
  migrations,
  buildSchema: buildTrainingSchema,
  createContext,
  seed: seedTraining,
};
