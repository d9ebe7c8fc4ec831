import 'reflect-metadata';
import { loadClock, runSubgraph } from '@asn/common';
import { createTrainingSubgraph } from './subgraph.js';

runSubgraph(createTrainingSubgraph({ clock: loadClock() }));
