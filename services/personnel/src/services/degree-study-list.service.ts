// Which degree studies a caller follows: an administrator the agency's, a manager their people's and their own,
// an ASN their own. One query; the employees come through the loader.
import { followedPeople } from '@asn/common';
import { In, type FindOptionsWhere } from 'typeorm';
import type { Context } from '../context.js';
import { DegreeStudy } from '../entities/degree-study.entity.js';
import type { DegreeStudyStatus } from '../rules/degree-study.js';

function scopeOf({ identity }: Context): FindOptionsWhere<DegreeStudy> {
  const { agencyId, employeeIds } = followedPeople(identity);
  return employeeIds ? { agencyId, employeeId: In(employeeIds) } : { agencyId };
}

export function listDegreeStudies(context: Context, status: DegreeStudyStatus | undefined): Promise<DegreeStudy[]> {
  const where = { ...scopeOf(context), ...(status ? { status } : {}) };
  return context.dataSource.getRepository(DegreeStudy).find({ where, order: { startsOn: 'DESC', id: 'DESC' } });
}
