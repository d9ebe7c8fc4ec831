import 'reflect-metadata';
import { runSubgraph } from '@asn/common';
import { personnelSubgraph } from './subgraph.js';

runSubgraph(personnelSubgraph);
