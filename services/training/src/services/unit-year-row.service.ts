// A unit's row of a year that an administrator sets (its training budget, its IKM): one per unit and year, replaced
// when set again, kept by the unit's agency; the audit subscriber records it like any write.
import { inTransaction } from '@asn/common';
import type { DeepPartial, FindOptionsWhere } from 'typeorm';
import type { Context } from '../context.js';
import { authorize } from '../policy.js';
import { agencyOfRequester } from './enrolment-request.service.js';

interface UnitYearRow {
  id: number;
  unitId: number;
  agencyId: number;
  year: number;
}

/** Sets `values` on the unit's row of `year`, creating it the first time; the caller has checked the unit. */
export async function saveUnitYearRow<T extends UnitYearRow>(
  context: Context,
  entity: new () => T,
  unitId: number,
  year: number,
  values: Omit<Partial<T>, keyof UnitYearRow>,
): Promise<T> {
  const where = { unitId, year } as FindOptionsWhere<T>;
  const existing = await context.dataSource.getRepository(entity).findOneBy(where);
  if (existing) authorize(context.identity, 'catalog:manage', existing);
  const row = { ...existing, unitId, year, ...values, agencyId: agencyOfRequester(context.identity, { unitId }) };
  return inTransaction(context.dataSource, (manager) => manager.getRepository(entity).save(row as DeepPartial<T>));
}
