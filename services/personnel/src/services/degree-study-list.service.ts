// Which degree studies a caller follows: an administrator the agency's, a manager their people's and their own,
// an ASN their own. One query; the employees come through the loader.
import { In, type FindOptionsWhere } from 'typeorm';
import type { Context } from '../context.js';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import { forbidden, unauthenticated } from '../errors.js';
import type { DegreeStudyStatus } from '../rules/degree-study.js';

function scopeOf(context: Context): FindOptionsWhere<DegreeStudy> {
  const { identity } = context;
  if (identity.kind === 'anonymous') throw unauthenticated();
  if (identity.kind !== 'user') throw forbidden();
  if (identity.role === 'ADMIN') return { agencyId: Number(identity.agencyId) };
  const own = identity.employeeId ? [identity.employeeId] : [];
  const people = identity.role === 'MANAGER' ? [...own, ...(identity.employeeIds ?? [])] : own;
  return { agencyId: Number(identity.agencyId), employeeId: In([...new Set(people)].map(Number)) };
}

export function listDegreeStudies(context: Context, status: DegreeStudyStatus | undefined): Promise<DegreeStudy[]> {
  const where = { ...scopeOf(context), ...(status ? { status } : {}) };
  return context.dataSource.getRepository(DegreeStudy).find({ where, order: { startsOn: 'DESC', id: 'DESC' } });
}
