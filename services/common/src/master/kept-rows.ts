// What keeping an agency's own master rows repeats in every subgraph (training's catalog, certification's schemes
// and issuers): a row the caller may keep, found by the id an input names; a code no other row holds; a list of
// competencies at a level, each once; a row saved new or changed; retired today; the agency's settings row. Who may
// keep a row and the words of each refusal stay the subgraph's, passed in.
import type { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { Not } from 'typeorm';
import type { Identity } from '../auth-context.js';
import { parseId } from '../parse-id.js';
import { inTransaction } from '../transaction.js';
import { findRowById, hasRepeats, markRetired, type AgencyRow } from './agency-rows.js';
import { intInRange, requiredText, type Retirable } from './input-checks.js';

/** What the helpers read of a subgraph's request context. */
export interface KeepingContext {
  dataSource: DataSource;
  identity: Identity;
  today: string;
}

/** A subgraph's policy over its kept rows, and its error for an id that names none. */
export interface KeepingPolicy {
  /** The caller's own agency (what new rows belong to), or the policy's refusal. */
  ownAgency(identity: Identity): number;
  /** Refuses a row the caller may not keep. */
  authorizeRow(identity: Identity, row: AgencyRow): void;
  missing(field: string): Error;
}

/** Loading and retiring the rows of the caller's agency under a subgraph's policy. */
export function keptRows(policy: KeepingPolicy) {
  async function loadOwn<T extends AgencyRow>(
    context: KeepingContext,
    entity: new () => T,
    field: string,
    idText: string,
  ): Promise<T> {
    const row = await findRowById(context.dataSource, entity, field, idText, () => policy.missing(field));
    policy.authorizeRow(context.identity, row);
    return row;
  }

  return {
    loadOwn,
    /** Retires a row of the caller's agency, today. */
    async retire<T extends AgencyRow & Retirable>(
      context: KeepingContext,
      entity: new () => T,
      field: string,
      idText: string,
    ): Promise<T> {
      policy.ownAgency(context.identity);
      const row = await loadOwn(context, entity, field, idText);
      return markRetired(context.dataSource, entity, field, row, context.today);
    },
  };
}

/** A row's code as it is kept: required, at most `max` characters, upper-case. */
export function keptCode(field: string, value: string, max: number): string {
  return requiredText(field, value, max).toUpperCase();
}

/** Refuses a code another row of `entity` holds (the row being changed may keep its own). */
export async function assertCodeFree<T extends AgencyRow & { code: string }>(
  dataSource: DataSource,
  entity: new () => T,
  code: string,
  existing: T | null,
  taken: () => Error,
): Promise<void> {
  const where = { code, ...(existing && { id: Not(existing.id) }) } as FindOptionsWhere<T>;
  if (await dataSource.getRepository(entity).existsBy(where)) throw taken();
}

/** Each line's competency id and level (1–5, under `levelKey`), each competency once, else the error `twice` makes. */
export function competencyLevels<K extends string>(
  lines: readonly ({ competencyId: string } & Record<K, number>)[],
  levelKey: K,
  twice: () => Error,
): ({ competencyId: number } & Record<K, number>)[] {
  const parsed = lines.map(
    (line, index) =>
      ({
        competencyId: parseId(line.competencyId, `input.competencies.${index}.competencyId`),
        [levelKey]: intInRange(`input.competencies.${index}.${levelKey}`, line[levelKey], 1, 5),
      }) as { competencyId: number } & Record<K, number>,
  );
  if (hasRepeats(parsed.map((line) => line.competencyId))) throw twice();
  return parsed;
}

/** Saves the row being changed with `values`, or a new row of the agency, in use. */
export function saveKeptRow<T extends AgencyRow & Retirable, V extends Partial<T>>(
  manager: EntityManager,
  entity: new () => T,
  existing: T | null,
  agencyId: number,
  values: V,
): Promise<T> {
  return manager.getRepository(entity).save({ ...(existing ?? { agencyId, retiredOn: null }), ...values } as T);
}

/** Saves the agency's own settings row, created on its first change (until then the national default applies). */
export async function saveAgencySettings<T extends { agencyId: number | null; source: string }>(
  dataSource: DataSource,
  entity: new () => T,
  agencyId: number,
  values: Partial<T>,
): Promise<T> {
  const existing = await dataSource.getRepository(entity).findOneBy({ agencyId } as FindOptionsWhere<T>);
  return inTransaction(dataSource, (manager) =>
    manager
      .getRepository(entity)
      .save({ ...(existing ?? { agencyId }), ...values, source: 'Ditetapkan administrator instansi' } as T),
  );
}
