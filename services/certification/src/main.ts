import 'reflect-metadata';
import { runSubgraph } from '@asn/common';
import { certificationSubgraph } from './subgraph.js';

runSubgraph(certificationSubgraph);
