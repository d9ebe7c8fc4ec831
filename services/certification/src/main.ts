import 'reflect-metadata';
import { runSubgraph } from '@asn/common';
import { loadClock } from './config.js';
import { createCertificationSubgraph } from './subgraph.js';

runSubgraph(createCertificationSubgraph(loadClock()));
