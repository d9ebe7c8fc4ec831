import type { RequestInfo } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context extends RequestInfo {
  dataSource: DataSource;
  loaders: Loaders;
  /** Today (YYYY-MM-DD), fixed for the request: from the injectable clock, so tests can move time. */
  today: string;
}

/** Today's date in UTC, the default clock. */
export function systemToday(): string {
  return new Date().toISOString().slice(0, 10);
}

export function createContextFactory(clock: () => string = systemToday) {
  return (dataSource: DataSource, request: RequestInfo): Context => {
    const today = clock();
    return { ...request, dataSource, today, loaders: createLoaders(dataSource, today, request.language) };
  };
}
