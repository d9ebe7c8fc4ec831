// The one shape of a subgraph's per-request context: who asks (RequestInfo), the database, today read once from the
// clock (so one request sees one date), and the request's loaders, renewed after each mutation's write
// (build-subgraph), so a mutation's answer is read from fresh loaders.
import type { DataSource } from 'typeorm';
import type { RenewableLoaders } from './build-subgraph.js';
import { todayFor, type Clock } from './clock/clock.js';
import type { RequestInfo } from './serve.js';

export interface RequestContext<TLoaders extends object> extends RequestInfo, RenewableLoaders {
  dataSource: DataSource;
  loaders: TLoaders;
  freshLoaders(): TLoaders;
  /** Today (YYYY-MM-DD) in the caller's agency, fixed for the request (clock/clock.ts). */
  today: string;
}

/** The per-request context factory of a subgraph on a given clock (the real date in production, a fixed one in tests). */
export function requestContextFactory<TLoaders extends object>(
  clock: Clock,
  createLoaders: (dataSource: DataSource, today: string, request: RequestInfo) => TLoaders,
) {
  return (dataSource: DataSource, request: RequestInfo): RequestContext<TLoaders> => {
    const today = todayFor(clock, request.identity);
    const freshLoaders = () => createLoaders(dataSource, today, request);
    return { ...request, dataSource, today, loaders: freshLoaders(), freshLoaders };
  };
}
