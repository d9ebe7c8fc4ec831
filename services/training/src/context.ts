import { todayFor, type Clock, type RenewableLoaders, type RequestInfo } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context extends RequestInfo, RenewableLoaders {
  dataSource: DataSource;
  loaders: Loaders;
  freshLoaders(): Loaders;
  /** Today's date (YYYY-MM-DD) for this request. */
  today: string;
}

export function createContextFactory(clock: Clock) {
  return (dataSource: DataSource, request: RequestInfo): Context => ({
    ...request,
    dataSource,
    loaders: createLoaders(dataSource),
    today: todayFor(clock, request.identity),
    // After a mutation's write (services/common build-subgraph): its answer is read from fresh loaders.
    freshLoaders: () => createLoaders(dataSource),
  });
}
