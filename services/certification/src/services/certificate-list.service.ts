// The certificates connection: the caller's scope, the filter and the page as one SQL query (plus its count when
// totalCount is asked for), constant whatever the number of rows or the depth. Status is computed, never stored: its filter is
// the status rule's date bounds (rules/certificate-status.ts) per agency window.
import { ID_KEY, idKeyOf, keysetAfter, parseId, parsePage, toConnection } from '@asn/common';
import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { Context } from '../context.js';
import { Certificate } from '../entities/certificate.entity.js';
import { CertificationSetting } from '../entities/certification-setting.entity.js';
import { invalid } from '../errors.js';
import type { CertificateFilter } from '../inputs/certificate-filter.input.js';
import { authorize } from '../policy.js';
import { addDays } from '../rules/calendar.js';
import { notRenewedCondition, statusBounds, type CertificateStatusValue } from '../rules/certificate-status.js';

export const MAX_EXPIRING_DAYS = 3650;

/** Restricts the query to the rows the caller may read: their own and their people's, or their agency's. */
function applyScope(query: SelectQueryBuilder<Certificate>, { identity }: Context): void {
  switch (identity.kind) {
    case 'system':
      return;
    case 'anonymous':
      authorize(identity, 'certificate:read'); // throws UNAUTHENTICATED
      query.andWhere('1 = 0');
      return;
    case 'apiKey':
      authorize(identity, 'certificate:read'); // throws without the certification:read scope
      query.andWhere('c.agency_id = :scopeAgency', { scopeAgency: Number(identity.agencyId) });
      return;
    case 'user': {
      if (identity.role === 'ADMIN') {
        query.andWhere('c.agency_id = :scopeAgency', { scopeAgency: Number(identity.agencyId) });
        return;
      }
      const managed = identity.role === 'MANAGER' ? (identity.employeeIds ?? []) : [];
      const people = [identity.employeeId, ...managed].filter((id): id is string => id !== undefined).map(Number);
      if (people.length === 0) query.andWhere('1 = 0');
      else query.andWhere('c.employee_id IN (:...scopePeople)', { scopePeople: people });
    }
  }
}

/** `c.expires_on <op> today + window`, with each agency's own window and the default for the rest. */
async function windowCondition(context: Context, op: '<=' | '>'): Promise<Brackets> {
  const settings = await context.dataSource.getRepository(CertificationSetting).find();
  const fallback = settings.find((row) => row.agencyId === null)?.expiringWithinDays ?? 90;
  const overrides = settings.filter((row) => row.agencyId !== null);
  const limit = (days: number) => statusBounds(context.today, days).expiringThrough;
  return new Brackets((where: WhereExpressionBuilder) => {
    overrides.forEach((row, i) =>
      where.orWhere(`(c.agency_id = :wa${i} AND c.expires_on ${op} :wl${i})`, {
        [`wa${i}`]: row.agencyId,
        [`wl${i}`]: limit(row.expiringWithinDays),
      }),
    );
    const others = overrides.length ? 'c.agency_id NOT IN (:...waAll) AND ' : '';
    where.orWhere(`(${others}c.expires_on ${op} :wlDefault)`, {
      waAll: overrides.map((row) => row.agencyId),
      wlDefault: limit(fallback),
    });
  });
}

async function applyStatus(query: SelectQueryBuilder<Certificate>, status: CertificateStatusValue, context: Context) {
  const today = context.today;
  if (status === 'REVOKED') {
    query.andWhere('c.revoked_on IS NOT NULL');
    return;
  }
  query.andWhere('c.revoked_on IS NULL');
  if (status === 'EXPIRED') query.andWhere('c.expires_on < :today', { today });
  else if (status === 'EXPIRING') {
    query.andWhere('c.expires_on >= :today', { today }).andWhere(await windowCondition(context, '<='));
  } else {
    const beyond = await windowCondition(context, '>');
    query.andWhere(new Brackets((where) => where.where('c.expires_on IS NULL').orWhere(beyond)));
  }
}

export async function listCertificates(
  context: Context,
  filter: CertificateFilter = {},
  first?: number,
  after?: string,
) {
  const page = parsePage({ first, after }, ID_KEY);
  const query = context.dataSource.getRepository(Certificate).createQueryBuilder('c');
  applyScope(query, context);
  if (filter.employeeId !== undefined) {
    const employeeId = parseId(filter.employeeId, 'filter.employeeId');
    authorize(context.identity, 'certificate:read', { employeeId });
    query.andWhere('c.employee_id = :employeeId', { employeeId });
  }
  if (filter.schemeId !== undefined) {
    const schemeId = parseId(filter.schemeId, 'filter.schemeId');
    query.andWhere('c.scheme_id = :schemeId', { schemeId });
  }
  if (filter.status !== undefined) await applyStatus(query, filter.status, context);
  if (filter.expiringWithinDays !== undefined) {
    const days = filter.expiringWithinDays;
    if (days < 0 || days > MAX_EXPIRING_DAYS)
      throw invalid(
        'filter.expiringWithinDays',
        'DAYS_OUT_OF_RANGE',
        { max: MAX_EXPIRING_DAYS },
        { max: MAX_EXPIRING_DAYS },
      );
    query
      .andWhere('c.revoked_on IS NULL')
      .andWhere('c.expires_on >= :today AND c.expires_on <= :until', {
        today: context.today,
        until: addDays(context.today, days),
      })
      .andWhere(notRenewedCondition('c'));
  }
  const counted = query.clone();
  const rows = await keysetAfter(query, ['c.id'], 'ASC', page.after)
    .limit(page.first + 1)
    .getMany();
  return toConnection(rows, page, () => counted.getCount(), idKeyOf);
}
