import { requestContextFactory, type Clock, type RequestContext } from '@asn/common';
import { createLoaders, type Loaders } from './loaders/index.js';

export type Context = RequestContext<Loaders>;

export const createContextFactory = (clock: Clock) => requestContextFactory(clock, createLoaders);
