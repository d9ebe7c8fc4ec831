import 'reflect-metadata';
import { loadClock, runSubgraph } from '@asn/common';
import { createCertificationSubgraph } from './subgraph.js';

runSubgraph(createCertificationSubgraph(loadClock()));
