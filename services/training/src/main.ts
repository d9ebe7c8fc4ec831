import 'reflect-metadata';
import { runSubgraph } from '@asn/common';
import { trainingSubgraph } from './subgraph.js';

runSubgraph(trainingSubgraph);
