// A bounded mixed load on a running stack: `clients` signed-in users (ASN and managers of two agencies) read the
// directory, the catalog and an employee's JP, and ask for seats in a few small sessions, for `seconds`. Then the
// training database is counted: every successful enrolment response is exactly one row, no session holds more live
// enrolments than its capacity, and no request got a 5xx. Used by the load test (bench/load-test.ts) and, shorter,
// by the integration suite.
import { AdminFixtures } from './admin-fixtures.js';
import { snapshotDatabases } from './db-snapshot.js';
import { signIn } from './sign-in.js';
import type { TestStack } from './start-stack.js';

export interface MixedLoadOptions {
  clients: number;
  seconds: number;
  /** Sessions to fill, and the seats of each. */
  sessions: number;
  capacity: number;
  /** Hard bound on the requests of one client, whatever the time. */
  maxRequestsPerClient?: number;
  /** Called once the clients start (after the sign-ins and the sessions are made): a run that kills processes
   *  times its kills from here. */
  onLoadStart?: () => void;
}

/** When a request was sent and answered, in `performance.now()` time: whether it was in flight at a moment. */
export interface RequestSpan {
  begin: number;
  end: number;
}

export interface MixedLoadReport {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  serverErrors: number;
  /** GraphQL errors other than the expected refusals (SESSION_FULL, ALREADY_ENROLLED), by code or reason. */
  unexpectedErrors: Record<string, number>;
  enrolmentsOk: number;
  enrolmentRows: number;
  sessions: { id: string; capacity: number; live: number; seatsTaken: number }[];
  /** Each request that got a 5xx, no answer, or an unexpected error, and what it was. */
  failedRequests: (RequestSpan & { what: string })[];
  /** Each enrolment request, and whether it was answered with an enrolment. */
  enrolmentRequests: (RequestSpan & { employeeId: string; sessionId: string; enrolled: boolean })[];
  /** The live enrolments in the sessions of the run, as the training database holds them. */
  liveEnrolments: { employeeId: string; sessionId: string }[];
}

const USERS = ['ambon', 'mamuju'].flatMap((agency) => [
  ...[1, 2, 3, 4, 5].map((n) => `asn.${agency}.${n}`),
  ...['kabid.aplikasi', 'kabag.pbj', 'kabid.data', 'kapus', 'kadis.pendidikan', 'kabid.bangkom'].map(
    (prefix) => `${prefix}.${agency}`,
  ),
]);
const READS = [
  `query { employees(first: 20) { totalCount edges { node { id name position { name } } } } }`,
  `query { trainings(first: 20) { totalCount edges { node { id code } } } }`,
];
const JP = `query ($id: ID!) { employee(id: $id) { id jp(year: 2026) { earned projected target } } }`;
const ENROL = `mutation ($input: RequestEnrolmentInput!) { requestEnrolment(input: $input) { id } }`;
const EXPECTED_REFUSALS = new Set(['SESSION_FULL', 'ALREADY_ENROLLED']);

/** A small deterministic PRNG (mulberry32): the same run mixes the same way. */
function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Signed {
  token: string;
  /** Whom this user may enrol: themself (ASN) or their people (manager). */
  people: string[];
}

async function signInUser(gatewayUrl: string, username: string): Promise<Signed> {
  const token = await signIn(gatewayUrl, username);
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    employeeId: string;
    employeeIds?: string[];
  };
  const people = (claims.employeeIds ?? []).filter((id) => id !== claims.employeeId);
  return { token, people: people.length ? people : [claims.employeeId] };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

export async function runMixedLoad(stack: TestStack, options: MixedLoadOptions): Promise<MixedLoadReport> {
  // One after the other: a burst of sign-ins on freshly started processes is not the load being measured (behind
  // HAProxy on the busy shared machine, 23 at once timed out the gateway's 5 s call to personnel).
  const users: Signed[] = [];
  for (const username of USERS) users.push(await signInUser(stack.gatewayUrl, username));
  const admin = new AdminFixtures(stack.gatewayUrl, await signIn(stack.gatewayUrl, 'admin.ambon'));
  const sessionIds: string[] = [];
  for (let i = 0; i < options.sessions; i += 1) sessionIds.push(await admin.session(options.capacity));

  const latencies: number[] = [];
  const unexpectedErrors: Record<string, number> = {};
  let serverErrors = 0;
  let enrolmentsOk = 0;
  const failedRequests: MixedLoadReport['failedRequests'] = [];
  const enrolmentRequests: MixedLoadReport['enrolmentRequests'] = [];
  const maxRequests = options.maxRequestsPerClient ?? 100_000;
  const started = performance.now();
  options.onLoadStart?.();
  const deadline = started + options.seconds * 1000;

  const client = async (index: number) => {
    const random = prng(index + 1);
    const user = users[index % users.length]!;
    for (let sent = 0; sent < maxRequests && performance.now() < deadline; sent += 1) {
      const pick = random();
      const person = user.people[Math.floor(random() * user.people.length)]!;
      const sessionId = sessionIds[Math.floor(random() * sessionIds.length)]!;
      const [query, variables] =
        pick < 0.4
          ? // Its own key, so a copy HAProxy sends again after the first attempt committed gets that enrolment.
            [ENROL, { input: { employeeId: person, sessionId, requestKey: `load-${index}-${sent}` } }]
          : pick < 0.6
            ? [JP, { id: person }]
            : [READS[Math.floor(random() * READS.length)]!, {}];
      const begin = performance.now();
      let failure: string | undefined;
      let enrolled = false;
      try {
        const response = await fetch(`${stack.gatewayUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json()) as {
          data?: { requestEnrolment?: { id: string } } | null;
          errors?: { message?: string; extensions?: { code?: string; reason?: string } }[];
        };
        if (response.status >= 500) {
          serverErrors += 1;
          failure = `HTTP ${response.status}`;
        }
        enrolled = Boolean(body.data?.requestEnrolment?.id);
        if (enrolled) enrolmentsOk += 1;
        for (const error of body.errors ?? []) {
          const what = error.extensions?.reason ?? error.extensions?.code ?? 'NO_CODE';
          if (!EXPECTED_REFUSALS.has(what)) {
            unexpectedErrors[what] = (unexpectedErrors[what] ?? 0) + 1;
            // With the status and message: an UNAUTHENTICATED comes from the gateway's HTTP layer (401, the token
            // refused), its identity plugin or a subgraph refusing the signed identity, and only these tell which.
            failure ??= `${what} (HTTP ${response.status}: ${error.message ?? 'no message'})`;
          }
        }
      } catch (error) {
        serverErrors += 1;
        failure = `no answer: ${error instanceof Error ? error.message : String(error)}`;
      }
      const end = performance.now();
      latencies.push(end - begin);
      if (failure) failedRequests.push({ begin, end, what: failure });
      if (query === ENROL) enrolmentRequests.push({ begin, end, employeeId: person, sessionId, enrolled });
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  const elapsed = (performance.now() - started) / 1000;

  const snapshot = await snapshotDatabases(stack.databaseEnv);
  const rows = (table: string) => (snapshot.get(table) ?? []).map((row) => JSON.parse(row) as Record<string, unknown>);
  const ours = new Set(sessionIds);
  const enrolments = rows('training.enrolment').filter((row) => ours.has(String(row.session_id)));
  const sessions = rows('training.training_session')
    .filter((row) => ours.has(String(row.id)))
    .map((row) => ({
      id: String(row.id),
      capacity: Number(row.capacity),
      seatsTaken: Number(row.seats_taken),
      live: enrolments.filter((enrolment) => String(enrolment.live_session_id) === String(row.id)).length,
    }));
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50: Math.round(percentile(sorted, 50)),
    p99: Math.round(percentile(sorted, 99)),
    serverErrors,
    unexpectedErrors,
    enrolmentsOk,
    enrolmentRows: enrolments.length,
    sessions,
    failedRequests,
    enrolmentRequests,
    liveEnrolments: enrolments
      .filter((row) => row.live_session_id !== null)
      .map((row) => ({ employeeId: String(row.employee_id), sessionId: String(row.session_id) })),
  };
}

/** What must hold after a load run; empty when all is well. */
export function loadFailures(report: MixedLoadReport): string[] {
  const failures: string[] = [];
  if (report.serverErrors > 0) failures.push(`${report.serverErrors} responses were 5xx or failed`);
  if (Object.keys(report.unexpectedErrors).length) {
    failures.push(`unexpected errors: ${JSON.stringify(report.unexpectedErrors)}`);
  }
  if (report.enrolmentRows !== report.enrolmentsOk) {
    failures.push(`${report.enrolmentsOk} enrolments answered, ${report.enrolmentRows} rows in the database`);
  }
  return [...failures, ...capacityFailures(report)];
}

/** Every session holds at most its capacity, and its seat count is its live enrolments. */
export function capacityFailures(report: MixedLoadReport): string[] {
  const failures: string[] = [];
  for (const session of report.sessions) {
    if (session.live > session.capacity)
      failures.push(`session ${session.id}: ${session.live} live > ${session.capacity}`);
    if (session.live !== session.seatsTaken) {
      failures.push(`session ${session.id}: ${session.live} live enrolments but seats_taken ${session.seatsTaken}`);
    }
  }
  return failures;
}
