import type { RequestInfo } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context extends RequestInfo {
  dataSource: DataSource;
  loaders: Loaders;
}

export function createContext(dataSource: DataSource, request: RequestInfo): Context {
  return { ...request, dataSource, loaders: createLoaders(dataSource) };
}
