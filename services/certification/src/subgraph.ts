import type { SubgraphModule } from '@asn/common';
import { createContext, type Context } from './context.js';
import { entities } from './entities/index.js';
import { migrations } from './migrations/index.js';
import { buildCertificationSchema } from './schema.js';
import { seedCertification } from './seed/seed.js';

export const certificationSubgraph: SubgraphModule<Context> = {
  service: 'certification',
  defaultPort: 4003,
  entities,
  migrations,
  buildSchema: buildCertificationSchema,
  createContext,
  seed: seedCertification,
};
