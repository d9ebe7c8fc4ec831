import 'reflect-metadata';
import { loadClock, runSubgraph } from '@asn/common';
import { createPersonnelSubgraph } from './subgraph.js';

runSubgraph(createPersonnelSubgraph(loadClock()));
