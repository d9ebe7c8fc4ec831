// The audit log query of a subgraph (`personnelAuditLog`, …): administrators see the changes made by their
// agency's users, newest first; the gateway's system identity sees all.
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { LessThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { Identity } from '../auth-context.js';
import { badInput, CommonErrorCode, DomainError } from '../errors.js';
import { checkPageSize, PageReason } from '../graphql/pager.js';
import { AuditEntry } from './audit-entry.entity.js';

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
      const where: FindOptionsWhere<AuditEntry> = {};
      if (identity.kind === 'user') where.actorAgencyId = identity.agencyId;
      if (entityName !== undefined) where.entityName = entityName;
      if (before !== undefined && before !== null) where.id = LessThan(Number(before));
      return dataSource.getRepository(AuditEntry).find({ where, order: { id: 'DESC' }, take: first });
    }
  }
  return AuditLogResolver;
}
