import { todayFor, type Clock, type RenewableLoaders, type RequestInfo } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context extends RequestInfo, RenewableLoaders {
  dataSource: DataSource;
  loaders: Loaders;
  freshLoaders(): Loaders;
  /** Today (YYYY-MM-DD) in the caller's agency, fixed for the request (services/common clock). */
  today: string;
}

export function createContextFactory(clock: Clock) {
  return (dataSource: DataSource, request: RequestInfo): Context => {
    const today = todayFor(clock, request.identity);
    const freshLoaders = () => createLoaders(dataSource, today, request.language);
    // After a mutation's write (services/common build-subgraph), its answer is read from fresh loaders.
    return { ...request, dataSource, today, loaders: freshLoaders(), freshLoaders };
  };
}
