// Which placements a caller follows: an administrator the agency's, a manager their people's and their own, an ASN
// their own. One query; employees and competencies come through the gateway and loaders.
import { In, type FindOptionsWhere } from 'typeorm';
import type { Context } from '../context.js';
import { Placement } from '../entities/placement.entity.js';
import { followedPeople } from '@asn/common';
import type { PlacementStatus } from '../rules/placement.js';

function scopeOf({ identity }: Context): FindOptionsWhere<Placement> {
  const { agencyId, employeeIds } = followedPeople(identity);
  return employeeIds ? { agencyId, employeeId: In(employeeIds) } : { agencyId };
}

export function listPlacements(context: Context, status: PlacementStatus | undefined): Promise<Placement[]> {
  const where = { ...scopeOf(context), ...(status ? { status } : {}) };
  return context.dataSource.getRepository(Placement).find({ where, order: { startsOn: 'DESC', id: 'DESC' } });
}
