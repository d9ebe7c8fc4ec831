// Rows an agency keeps for itself (trainings, providers, schemes, issuers): found by the id an input names, checked
// for entries given twice, retired on a day instead of deleted. Who may keep a row is each subgraph's policy.
import type {
  DataSource,
  EntityManager,
  EntityTarget,
  FindOptionsWhere,
  ObjectLiteral,
  QueryDeepPartialEntity,
} from 'typeorm';
import { parseId } from '../parse-id.js';
import { inTransaction } from '../transaction.js';
import { assertRetirable, type Retirable } from './input-checks.js';

/** What a kept row carries: its id and the agency that keeps it (null for a national row). */
export interface AgencyRow {
  id: number;
  agencyId: number | null;
}

/** The row `idText` names, or the error `missing` makes when there is none. */
export async function findRowById<T extends AgencyRow>(
  dataSource: DataSource,
  entity: new () => T,
  field: string,
  idText: string,
  missing: () => Error,
): Promise<T> {
  const where = { id: parseId(idText, field) } as FindOptionsWhere<T>;
  const row = await dataSource.getRepository(entity).findOneBy(where);
  if (!row) throw missing();
  return row;
}

/** Whether a list names the same entry twice. */
export function hasRepeats(values: readonly (string | number)[]): boolean {
  return new Set(values).size !== values.length;
}

/**
 * Replaces the rows `where` names with `rows`, as a form that edits a whole list (a training's competencies, a
 * scheme's positions) shows them: one delete, and one insert when anything is kept.
 */
export async function replaceRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  rows: QueryDeepPartialEntity<T>[],
): Promise<void> {
  await manager.getRepository(entity).delete(where);
  if (rows.length) await manager.getRepository(entity).insert(rows);
}

/** Retires the row on `today` (refused when it already is), in a transaction so the audit log records it. */
export function markRetired<T extends AgencyRow & Retirable>(
  dataSource: DataSource,
  entity: new () => T,
  field: string,
  row: T,
  today: string,
): Promise<T> {
  assertRetirable(field, row);
  return inTransaction(dataSource, (manager) => manager.getRepository(entity).save({ ...row, retiredOn: today }));
}
