// The daily reminder sweep (docs/architecture.md): every REMINDER_SWEEP_CHECK_MS the gateway looks at each agency's
// local time and, once per local day from REMINDER_SWEEP_HOUR, walks that agency's employees page by page through its
// own executor as the scheduler identity, so reminders reach the outbox for people who never open their feed. The
// identity is minted here only (never from a bearer token or an API key) and signed per subgraph fetch like any other.
// Several replicas may each run it: the reminders' dedupe keys make a second run write nothing.
import type { Clock } from '@asn/common/clock';
import type { Identity } from '@asn/common/identity';
import type { Logger } from '@asn/common/logger';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { RequestIdentities } from './request-identity.js';
import { reminderSweepDue } from './rules/reminder-sweep-due.js';
import type { SystemClient } from './system-client.js';

export interface SweptAgency {
  id: string;
  timeZone: string;
}

export interface SweepOutcome {
  employees: number;
  written: number;
  /** Every page answered without an error: the day counts as swept. */
  complete: boolean;
}

/** Employees per page: one `_entities` batch per subgraph each. */
const PAGE_SIZE = 50;

const SWEEP_PAGE = /* GraphQL */ `
  mutation ReminderSweepPage($agencyId: ID!, $first: Int, $after: String) {
    sweepReminders(agencyId: $agencyId, first: $first, after: $after) {
      edges {
        node {
          trainingRemindersSwept
          certificateRemindersSwept
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface SweepPage {
  data?: {
    sweepReminders: {
      edges: { node: { trainingRemindersSwept: number | null; certificateRemindersSwept: number | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    } | null;
  } | null;
  errors?: { message: string }[];
}

const AGENCIES = /* GraphQL */ `
  query ReminderSweepAgencies {
    agencies {
      id
      timeZone
    }
  }
`;

/** Every agency with its time zone, as personnel has them now (public data, read as the gateway's system identity). */
export function createAgencyList(personnel: SystemClient): () => Promise<SweptAgency[]> {
  return async () => (await personnel<{ agencies: SweptAgency[] }>(AGENCIES, {})).agencies;
}

/** Walks one agency, page by page, through the gateway's executor as that agency's scheduler identity. */
export function createAgencySweep(gateway: GatewayRuntime, identities: RequestIdentities) {
  return async (agency: SweptAgency, isStopping: () => boolean = () => false): Promise<SweepOutcome> => {
    const identity: Identity = { kind: 'scheduler', agencyId: agency.id, timeZone: agency.timeZone };
    const outcome: SweepOutcome = { employees: 0, written: 0, complete: true };
    let after: string | null = null;
    do {
      const request = new Request('http://gateway.internal/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: SWEEP_PAGE, variables: { agencyId: agency.id, first: PAGE_SIZE, after } }),
      });
      identities.set(request, identity);
      const result = (await (await gateway.fetch(request)).json()) as SweepPage;
      const page = result.data?.sweepReminders;
      if (result.errors?.length || !page) outcome.complete = false;
      if (!page) break;
      for (const { node } of page.edges) {
        outcome.employees += 1;
        outcome.written += (node.trainingRemindersSwept ?? 0) + (node.certificateRemindersSwept ?? 0);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && !isStopping());
    if (after !== null) outcome.complete = false;
    return outcome;
  };
}

export interface ReminderSchedulerOptions {
  /** REMINDER_SWEEP_HOUR: the local hour from which an agency's day is swept. */
  hour: number;
  /** REMINDER_SWEEP_CHECK_MS: how often the agencies' local times are looked at. */
  intervalMs: number;
  clock: Clock;
  listAgencies: () => Promise<SweptAgency[]>;
  sweepAgency: (agency: SweptAgency, isStopping: () => boolean) => Promise<SweepOutcome>;
  logger: Logger;
}

export interface ReminderScheduler {
  /** Stops the timers; a walk in progress ends after its current page, waited for 5 s at most. */
  stop(): Promise<void>;
}

/**
 * Starts the checks, the first one interval after start-up. The timer is unref'd, so it neither delays start-up nor
 * keeps the process alive; a check never overlaps the previous one.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const sweptOn = new Map<string, string>();
  let running: Promise<void> | undefined;
  let stopping = false;

  async function check(): Promise<void> {
    for (const agency of await options.listAgencies()) {
      if (stopping) return;
      const due = reminderSweepDue(options.clock(), agency.timeZone, options.hour, sweptOn.get(agency.id));
      if (due === null) continue;
      const outcome = await options.sweepAgency(agency, () => stopping);
      if (outcome.complete) sweptOn.set(agency.id, due);
      options.logger.info({ agencyId: agency.id, localDate: due, ...outcome }, 'reminder sweep');
    }
  }

  const tick = () => {
    running ??= check()
      .catch((error: unknown) => options.logger.error({ err: error }, 'reminder sweep failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopping = true;
      clearInterval(timer);
      if (running) await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    },
  };
}
