// The gateway process: configuration, the Hive Gateway runtime, the HTTP server, and a clean stop.
import type { AddressInfo } from 'node:net';
import { loadClock } from '@asn/common/clock';
import { createLogger } from '@asn/common/logger';
import { createApiKeyResolver } from './auth/api-keys.js';
import { createAgencyTimeZoneLookup } from './auth/agency-time-zone.js';
import { createAuthenticator } from './auth/authenticate.js';
import { createTokenVerifier } from './auth/jwt.js';
import { createManagedScopeLookup } from './auth/managed-scope.js';
import { createAgencyLookup } from './auth/vouched-agencies.js';
import { createSignIn } from './auth/sign-in.js';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './gateway.js';
import { createHttpServer } from './http-server.js';
import { createAgencyList, createAgencySweep, startReminderScheduler } from './reminder-scheduler.js';
import { RequestIdentities } from './request-identity.js';
import { sharedLimiters } from './shared-rate-limit.js';
import { createSystemClient } from './system-client.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
const personnel = createSystemClient(config.PERSONNEL_URL, config.GATEWAY_IDENTITY_SECRET);
const identities = new RequestIdentities();
// @whatwg-node/server, under the gateway runtime, disposes the runtime the moment SIGTERM or SIGINT arrives, which
// aborts the requests in flight (SHUTTING_DOWN, seen by the cluster load test); stop() below disposes it once they
// have finished, so the handlers it adds while the runtime is created are taken off again.
const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
const handlersBefore = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
const gateway = createGateway(config, {
  identities,
  lookups: {
    agencies: createAgencyLookup(personnel),
    managedScope: createManagedScopeLookup(personnel),
    timeZone: createAgencyTimeZoneLookup(personnel),
  },
});
for (const signal of SIGNALS) {
  for (const handler of process.listeners(signal)) {
    if (!handlersBefore.get(signal)!.includes(handler)) process.off(signal, handler);
  }
}
const authenticate = createAuthenticator(createTokenVerifier(config), createApiKeyResolver(personnel));
const signIn = config.DEMO_SIGN_IN
  ? createSignIn(personnel, config.JWT_SECRET, config.JWT_ISSUER, config.JWT_AUDIENCE)
  : undefined;
// Several replicas count the limits in one table; one gateway alone may count in memory.
const shared = config.RATE_LIMIT_DATABASE_URL ? sharedLimiters(config.RATE_LIMIT_DATABASE_URL) : undefined;
const server = createHttpServer(config, {
  gateway,
  authenticate,
  identities,
  signIn,
  logger,
  ...(shared && { limiters: shared.limiters }),
});

const reminders = config.REMINDER_SWEEP
  ? startReminderScheduler({
      hour: config.REMINDER_SWEEP_HOUR,
      intervalMs: config.REMINDER_SWEEP_CHECK_MS,
      clock: loadClock(),
      listAgencies: createAgencyList(personnel),
      sweepAgency: createAgencySweep(gateway, identities),
      logger,
    })
  : undefined;

void (shared?.ready ?? Promise.resolve()).then(
  () =>
    server.listen(config.PORT, config.HOST, () => {
      const { port } = server.address() as AddressInfo;
      logger.info({ url: `http://localhost:${port}/` }, 'gateway ready');
      // The launcher (launcher/stack.mjs) may have asked for port 0: tell it which one this is.
      process.send?.({ listening: port });
    }),
  (error: unknown) => {
    logger.error({ err: error }, 'the shared rate-limit store is unreachable');
    process.exit(1);
  },
);

// Stops taking connections, lets the requests in flight finish (5 s at most), then disposes the runtime.
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, 'stopping');
  const remindersStopped = reminders?.stop();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
  server.closeAllConnections();
  await remindersStopped;
  await gateway.dispose();
  await shared?.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
// The launcher is gone (its IPC channel closed): a test runner killed mid-file must not leave this running.
process.once('disconnect', () => void stop('disconnect'));
