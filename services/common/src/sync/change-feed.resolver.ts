// A sync feed (`employeeChanges`, `certificateChanges`, …): what changed in one table since a change cursor, read
// from the audit log, which every write of a request already records in its own transaction with the row's id and
// its values before and after (REMOVE entries are the tombstones). See docs/sync.md for the protocol.
// An entry is served only once it has settled (SYNC_SETTLE_SECONDS old): audit entries are written as their
// transaction commits, so an entry with a smaller id can become visible just after a larger one; once no
// transaction can still be committing below it, the position moves past it for good.
import { Arg, Ctx, Int, Query, Resolver, type ClassType } from 'type-graphql';
import { In, MoreThan, type DataSource, type ObjectLiteral } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { Identity } from '../auth-context.js';
import { loadConfig, parsers, type ConfigSpec } from '../config.js';
import { badInput } from '../errors.js';
import { PageReason } from '../graphql/pager.js';
import { decodeChangeCursor, encodeChangeCursor } from './change-cursor.js';
import { ChangeAction, createChangePageType, type Change, type ChangePage } from './change-page.type.js';

export const MAX_CHANGE_PAGE = 1000;

export const syncConfigSpec = {
  SYNC_SETTLE_SECONDS: {
    description:
      'how old an audit entry must be before a sync feed serves it: longer than any write transaction takes to commit',
    default: 60,
    // 0 only where nothing writes concurrently (tests).
    parse: (raw: string): number => (raw === '0' ? 0 : parsers.positiveInt(raw)),
  },
} satisfies ConfigSpec;

let settle: number | undefined;
/** Read at the first request, so that the process's configuration is complete by then. */
const settleSeconds = () => (settle ??= loadConfig(syncConfigSpec).SYNC_SETTLE_SECONDS);

interface FeedContext {
  identity: Identity;
  dataSource: DataSource;
}

export interface ChangeFeedSpec<T extends ObjectLiteral, C extends FeedContext> {
  queryName: string;
  node: ClassType<T>;
  /** Prefix of the types (`Employee` -> `EmployeeChange`, `EmployeeChangePage`); `what` words the descriptions. */
  name: string;
  what: string;
  /** Authorizes the caller (throws as the subgraph's policy does) and returns the agency it may sync, undefined
   *  for all. */
  scopeOf(context: C): number | undefined;
  /** The agency of each row, given its current values or, for a removed row, its last recorded ones; one statement
   *  at most for the whole page. */
  agenciesOf(rows: ObjectLiteral[], context: C): Promise<(number | null)[]>;
}

/** `agenciesOf` for rows that carry their agency (`agencyId`), as employees, enrolments and certificates do. */
export const ownAgencies = (rows: ObjectLiteral[]): Promise<(number | null)[]> =>
  Promise.resolve(
    rows.map((row) => (row.agencyId === undefined || row.agencyId === null ? null : Number(row.agencyId))),
  );

/** The agency an administrator or API key belongs to, for `scopeOf`; null for other callers (the policy refuses). */
export const callerAgency = (identity: Identity): number | null =>
  identity.kind === 'user' || identity.kind === 'apiKey' ? Number(identity.agencyId) : null;

const parseJson = (text: string | null): ObjectLiteral | undefined =>
  text ? (JSON.parse(text) as ObjectLiteral) : undefined;

function checkSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_CHANGE_PAGE) {
    throw badInput('first', PageReason.PAGE_SIZE_OUT_OF_RANGE, {
      id: `first harus antara 1 dan ${MAX_CHANGE_PAGE}.`,
      en: `first must be between 1 and ${MAX_CHANGE_PAGE}.`,
    });
  }
}

export function createChangeFeedResolver<T extends ObjectLiteral, C extends FeedContext>(spec: ChangeFeedSpec<T, C>) {
  const PageType = createChangePageType(spec.node, spec.name, spec.what);

  /** Each row's latest entry of the page, as an UPSERT with its current values or a REMOVE, within the scope. */
  async function describe(entries: AuditEntry[], scope: number | undefined, context: C): Promise<Change<T>[]> {
    const latest = new Map<string, AuditEntry>();
    for (const entry of entries) if (entry.entityId !== null) latest.set(entry.entityId, entry);
    const ids = [...latest.keys()];
    const repository = context.dataSource.getRepository(spec.node);
    const current = ids.length ? await repository.findBy({ id: In(ids.map(Number)) } as never) : [];
    const byId = new Map(current.map((row) => [String(row.id), row]));
    // Per row: its current values, and the values it last had as recorded (for where it was before).
    const recorded = ids.map((id) => parseJson(latest.get(id)!.before) ?? parseJson(latest.get(id)!.after) ?? {});
    const nowRows = ids.map((id, i) => byId.get(id) ?? recorded[i]!);
    const agencies = await spec.agenciesOf([...nowRows, ...recorded], context);
    const within = (agency: number | null | undefined) => scope === undefined || agency === scope;
    const changes: Change<T>[] = [];
    ids.forEach((id, i) => {
      const entry = latest.get(id)!;
      const row = byId.get(id);
      if (row && within(agencies[i])) {
        changes.push({ action: ChangeAction.UPSERT, id, changedAt: entry.occurredAt, node: row });
      } else if (within(agencies[ids.length + i]) || (!row && within(agencies[i]))) {
        changes.push({ action: ChangeAction.REMOVE, id, changedAt: entry.occurredAt, node: null });
      }
    });
    return changes;
  }

  @Resolver()
  class ChangeFeedResolver {
    @Query(() => PageType, {
      name: spec.queryName,
      description: `Changes to ${spec.what}s since a change cursor, oldest first (administrators and API keys: their agency). Without \`since\`: no changes and the cursor of now, to start from after a full read.`,
    })
    async changes(
      @Arg('since', () => String, { nullable: true, description: 'The cursor of the previous page.' })
      since: string | null | undefined,
      @Arg('first', () => Int, { defaultValue: 500, description: `Entries to read, at most ${MAX_CHANGE_PAGE}.` })
      first: number,
      @Ctx() context: C,
    ): Promise<ChangePage<T>> {
      const scope = spec.scopeOf(context);
      checkSize(first);
      const audit = context.dataSource.getRepository(AuditEntry);
      if (since === null || since === undefined) {
        const [head] = await audit.find({ select: { id: true }, order: { id: 'DESC' }, take: 1 });
        return {
          changes: [],
          cursor: encodeChangeCursor({ feed: spec.queryName, entry: head?.id ?? 0 }),
          hasMore: false,
        };
      }
      const from = decodeChangeCursor(since, spec.queryName);
      const table = context.dataSource.getMetadata(spec.node).tableName;
      const read = await audit.find({
        where: { entityName: table, id: MoreThan(from.entry) },
        order: { id: 'ASC' },
        take: first + 1,
      });
      // Real time, not the agency clock: occurredAt is the real instant the audit log recorded.
      const settledBefore = new Date(Date.now() - settleSeconds() * 1000).toISOString();
      const unsettled = read.findIndex((entry) => entry.occurredAt > settledBefore);
      const settled = read.slice(0, unsettled === -1 ? first : Math.min(first, unsettled));
      const last = settled.at(-1);
      const changes = await describe(settled, scope, context);
      return {
        changes,
        cursor: encodeChangeCursor({ feed: spec.queryName, entry: last?.id ?? from.entry }),
        hasMore: settled.length === first && read.length > first,
      };
    }
  }
  return ChangeFeedResolver;
}
