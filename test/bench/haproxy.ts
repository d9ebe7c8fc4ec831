// Debian's HAProxy in front of the cluster load test's processes: a generated configuration in a temporary folder,
// one process in the foreground, and its per-server figures read from its stats socket. Loopback only.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export const HAPROXY = '/usr/sbin/haproxy';

/** One frontend on `port`, balancing over `servers` (host:port) and checking each on `check`. */
export interface Pool {
  name: string;
  port: number;
  servers: string[];
  check: string;
}

/** The configuration README "Several instances" shows: a server is checked every second and out after two failures;
 *  a request whose connection fails, or whose server dies before answering, is sent again to the other server. */
export function haproxyConfig(statsSocket: string, pools: Pool[]): string {
  const lines = [
    'global',
    `  stats socket ${statsSocket} mode 600 level admin`,
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 30s',
    // Longer than the gateway's own upstream timeout (UPSTREAM_TIMEOUT_MS, 10 s) and the load's client (15 s).
    '  timeout server 20s',
    '  timeout http-keep-alive 10s',
    // A check answered slowly on a busy machine is not a dead server (a dead one refuses at once).
    '  timeout check 5s',
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
  ];
  for (const pool of pools) {
    lines.push(
      `frontend ${pool.name}`,
      `  bind 127.0.0.1:${pool.port}`,
      `  default_backend ${pool.name}_pool`,
      `backend ${pool.name}_pool`,
      '  balance roundrobin',
      `  option httpchk GET ${pool.check}`,
      '  http-check expect status 200',
      '  default-server inter 1s fall 2 rise 2',
      ...pool.servers.map((server, index) => `  server ${pool.name}${index + 1} ${server} check`),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A server's row of `show stat`. */
export interface ServerStat {
  pool: string;
  server: string;
  status: string;
  requests: number;
  retries: number;
  redispatches: number;
}

export interface RunningHaproxy {
  /** Every server of every pool. */
  servers(): Promise<ServerStat[]>;
  stop(): Promise<void>;
}

function showStat(socket: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const connection = connect(socket, () => connection.end('show stat\n'));
    connection.on('data', (chunk) => (text += chunk.toString()));
    connection.on('end', () => resolve(text));
    connection.on('error', reject);
  });
}

async function readServers(socket: string): Promise<ServerStat[]> {
  const [header = '', ...rows] = (await showStat(socket)).trim().split('\n');
  const columns = header.replace(/^# /, '').split(',');
  const at = (row: string[], name: string) => row[columns.indexOf(name)] ?? '';
  return rows
    .map((line) => line.split(','))
    .filter((row) => !['FRONTEND', 'BACKEND'].includes(at(row, 'svname')))
    .map((row) => ({
      pool: at(row, 'pxname').replace(/_pool$/, ''),
      server: at(row, 'svname'),
      status: at(row, 'status'),
      requests: Number(at(row, 'req_tot') || at(row, 'stot')),
      retries: Number(at(row, 'wretr')),
      redispatches: Number(at(row, 'wredis')),
    }));
}

/** Starts HAProxy on `pools` (its configuration written into `dir`) and waits until every server is checked up. */
export async function startHaproxy(dir: string, pools: Pool[], timeoutMs = 60_000): Promise<RunningHaproxy> {
  const socket = join(dir, 'haproxy.sock');
  const configFile = join(dir, 'haproxy.cfg');
  writeFileSync(configFile, haproxyConfig(socket, pools));
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', configFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode}) at start-up`);
    const servers = await readServers(socket).catch(() => []);
    if (servers.length && servers.every((server) => server.status === 'UP')) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`haproxy's servers were not all up within ${timeoutMs} ms: ${JSON.stringify(servers)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { servers: () => readServers(socket), stop };
}
