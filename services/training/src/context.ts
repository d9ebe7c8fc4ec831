import { todayFor, type Clock, type RequestInfo } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context extends RequestInfo {
  dataSource: DataSource;
  loaders: Loaders;
  /** Today's date (YYYY-MM-DD) for this request. */
  today: string;
}

export function createContextFactory(clock: Clock) {
  return (dataSource: DataSource, request: RequestInfo): Context => ({
    ...request,
    dataSource,
    loaders: createLoaders(dataSource),
    today: todayFor(clock, request.identity),
  });
}
