import type { SubgraphModule } from '@asn/common';
import { createContext, type Context } from './context.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildPersonnelSchema } from './schema.js';
import { seedPersonnel } from './seed/seed.js';

export const personnelSubgraph: SubgraphModule<Context> = {
  service: 'personnel',
  defaultPort: 4001,
  entities,
  migrations,
  buildSchema: buildPersonnelSchema,
  createContext,
  seed: seedPersonnel,
};
