import { todayFor, type Clock, type RequestInfo } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context extends RequestInfo {
  dataSource: DataSource;
  loaders: Loaders;
  /** Today (YYYY-MM-DD) in the caller's agency, fixed for the request (services/common clock). */
  today: string;
}

export function createContextFactory(clock: Clock) {
  return (dataSource: DataSource, request: RequestInfo): Context => {
    const today = todayFor(clock, request.identity);
    return { ...request, dataSource, today, loaders: createLoaders(dataSource, today, request.language) };
  };
}
