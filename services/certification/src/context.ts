import { todayFor, type Clock, type RequestInfo } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context extends RequestInfo {
  dataSource: DataSource;
  loaders: Loaders;
  /** Today, read once from the clock so one request sees one date. */
  today: string;
}

/** The per-request context on a given clock (the real date in production, a fixed one in tests). */
export function createContextFactory(clock: Clock) {
  return (dataSource: DataSource, request: RequestInfo): Context => ({
    ...request,
    dataSource,
    loaders: createLoaders(dataSource),
    today: todayFor(clock, request.identity),
  });
}
