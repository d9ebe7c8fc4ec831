// The audit log query of a subgraph (`personnelAuditLog`, …): administrators see the changes made by their
// agency's users, newest first; the gateway's system identity sees all. Filters by who (the actor), what (the table
// and the action) and when (an instant range); the administrator's console merges the three logs by time.
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { And, LessThan, LessThanOrEqual, MoreThanOrEqual, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { Identity } from '../auth-context.js';
import { badInput, CommonErrorCode, DomainError } from '../errors.js';
import { checkPageSize, PageReason } from '../graphql/pager.js';
import { defineReasons } from '../reasons.js';
import { AuditEntry } from './audit-entry.entity.js';

/** An instant as the log stores it: ISO 8601 in UTC with milliseconds, which orders as text. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ACTIONS = ['INSERT', 'UPDATE', 'REMOVE'];
const reasons = defineReasons({
  INSTANT_INVALID: {
    id: 'Waktu harus ISO 8601 dalam UTC, mis. 2026-12-01T00:00:00.000Z.',
    en: 'The time must be ISO 8601 in UTC, e.g. 2026-12-01T00:00:00.000Z.',
  },
  ACTION_INVALID: {
    id: 'Jenis perubahan harus INSERT, UPDATE atau REMOVE.',
    en: 'The kind of change must be INSERT, UPDATE or REMOVE.',
  },
});

function checkInstant(field: string, value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!INSTANT.test(value) || Number.isNaN(Date.parse(value))) throw reasons.invalid(field, 'INSTANT_INVALID');
  return value;
}

interface AuditContext {
  identity: Identity;
  dataSource: DataSource;
}

export function createAuditLogResolver(queryName: string) {
  @Resolver()
  class AuditLogResolver {
    @Query(() => [AuditEntry], {
      name: queryName,
      description: 'Changes to this subgraph’s data, newest first (administrators: their agency’s changes).',
    })
    async auditLog(
      @Arg('first', () => Int, { defaultValue: 50, description: 'How many entries, at most 100.' }) first: number,
      @Arg('before', () => ID, { nullable: true, description: 'Only entries older than this entry id.' })
      before: string | undefined,
      @Arg('entityName', () => String, { nullable: true, description: 'Only changes to this table.' })
      entityName: string | undefined,
      @Arg('actor', () => String, {
        nullable: true,
        description: 'Only changes by this actor (user:<id>, apiKey:<id>).',
      })
      actor: string | undefined,
      @Arg('action', () => String, {
        nullable: true,
        description: 'Only this kind of change: INSERT, UPDATE or REMOVE.',
      })
      action: string | undefined,
      @Arg('since', () => String, {
        nullable: true,
        description: 'Only changes at or after this instant (ISO 8601, UTC).',
      })
      since: string | undefined,
      @Arg('until', () => String, {
        nullable: true,
        description: 'Only changes at or before this instant (ISO 8601, UTC).',
      })
      until: string | undefined,
      @Ctx() { identity, dataSource }: AuditContext,
    ): Promise<AuditEntry[]> {
      const isAdmin = identity.kind === 'user' && identity.role === 'ADMIN';
      if (identity.kind !== 'system' && !isAdmin) {
        throw new DomainError(CommonErrorCode.FORBIDDEN, {
          en: 'Only an administrator may read the audit log.',
          id: 'Hanya administrator yang dapat membaca log audit.',
        });
      }
      checkPageSize(first);
      // An entry id, as an earlier page gave it; anything else would compare as NaN and match nothing silently.
      if (before !== undefined && before !== null && !/^[1-9]\d{0,15}$/.test(before)) {
        throw badInput('before', PageReason.CURSOR_INVALID, {
          id: 'Kursor tidak valid.',
          en: 'The cursor is not valid.',
        });
      }
      if (action !== undefined && action !== null && !ACTIONS.includes(action)) {
        throw reasons.invalid('action', 'ACTION_INVALID');
      }
      const from = checkInstant('since', since);
      const to = checkInstant('until', until);
      const where: FindOptionsWhere<AuditEntry> = {};
      if (actor !== undefined && actor !== null) where.actor = actor;
      if (action !== undefined && action !== null) where.action = action;
      if (from && to) where.occurredAt = And(MoreThanOrEqual(from), LessThanOrEqual(to));
      else if (from) where.occurredAt = MoreThanOrEqual(from);
      else if (to) where.occurredAt = LessThanOrEqual(to);
      if (identity.kind === 'user') where.actorAgencyId = identity.agencyId;
      if (entityName !== undefined && entityName !== null) where.entityName = entityName;
      if (before !== undefined && before !== null) where.id = LessThan(Number(before));
      return dataSource.getRepository(AuditEntry).find({ where, order: { id: 'DESC' }, take: first });
    }
  }
  return AuditLogResolver;
}
