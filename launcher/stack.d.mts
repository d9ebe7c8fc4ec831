import type { ChildProcess } from 'node:child_process';

export declare const ROOT: string;
export declare const SUBGRAPHS: { name: string; port: number }[];
/** V8 options every subgraph runs with (its heap bound). */
export declare const SUBGRAPH_NODE_OPTIONS: string[];
export declare function freePort(): Promise<number>;

export interface StackOptions {
  env?: Record<string, string>;
  envOf?: Record<string, Record<string, string>>;
  freePorts?: boolean;
  stdio?: 'inherit' | 'pipe' | 'ignore';
  readyTimeoutMs?: number;
  /** Restart a child that exits on its own, with a back-off (npm start). */
  supervise?: boolean;
  /** Keep each child's last lines instead of showing its output, and print them if it exits unexpectedly. */
  keepLines?: number;
  /** Subgraphs already running elsewhere (a load balancer's pools): start only a gateway, pointed at them. */
  subgraphUrls?: Record<string, string>;
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** With `supervise`, `child` is replaced by the restarted process. */
  children: { name: string; child: ChildProcess }[];
  stop(): Promise<void>;
  /** Stops one process and starts it again on the same port with `env` added; resolves once it is ready. */
  restart(name: string, env?: Record<string, string>): Promise<void>;
}

export declare function startStack(options?: StackOptions): Promise<RunningStack>;
