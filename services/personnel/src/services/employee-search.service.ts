// The employees connection: one page query whatever the filter, in the order asked, a keyset on the sort value and
// the id; the COUNT only when totalCount is asked for.
import { type CursorKey, invalidCursor, keysetAfter, type PageRequest, parsePage, toConnection } from '@asn/common';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { forbidden, invalid, parseId } from '../errors.js';
import type { EmployeeFilter, EmployeeOrder } from '../inputs/employee-filter.input.js';
import { authorize, can, homeAgency } from '../policy.js';
import { normalizeNip } from '../rules/nip.js';
import { golonganRank } from '../rules/golongan.js';
import { subtreeRange } from '../rules/unit-path.js';
import type { EmployeeConnection } from '../types/employee-connection.type.js';

const ORDER_COLUMN = { NIP: 'employee.nip', NAME: 'employee.name', GOLONGAN: 'employee.golongan_rank' } as const;

/** A cursor names its order ("NAME ASC"), then the row's sort value and id: a cursor of another order is refused. */
const KEY_SHAPE = {
  NIP: ['string', 'string', 'int'],
  NAME: ['string', 'string', 'int'],
  GOLONGAN: ['string', 'int', 'int'],
} as const;
const SORT_VALUE = {
  NIP: (row: Employee) => row.nip,
  NAME: (row: Employee) => row.name,
  GOLONGAN: (row: Employee) => row.golonganRank,
} as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

async function applyFilter(
  query: SelectQueryBuilder<Employee>,
  filter: EmployeeFilter,
  agencyId: number | undefined,
  context: Context,
): Promise<void> {
  if (agencyId !== undefined) query.andWhere('employee.agency_id = :agencyId', { agencyId });
  if (filter.unitId !== undefined) {
    const unitId = parseId(filter.unitId, 'filter.unitId');
    const unit = await context.loaders.unitsById.load(unitId);
    if (filter.includeSubUnits === false || !unit) query.andWhere('employee.unit_id = :unitId', { unitId });
    else {
      const subtree = query
        .subQuery()
        .select('unit.id')
        .from(Unit, 'unit')
        // A range on the path index, not LIKE (which SQLite cannot serve from a case-sensitive index).
        .where('unit.path >= :from AND unit.path < :to', subtreeRange(unit.path))
        .getQuery();
      query.andWhere(`employee.unit_id IN ${subtree}`);
    }
  }
  if (filter.positionKind !== undefined) {
    const ofKind = query
      .subQuery()
      .select('position.id')
      .from(Position, 'position')
      .where('position.kind = :kind')
      .getQuery();
    query.andWhere(`employee.position_id IN ${ofKind}`, { kind: filter.positionKind });
  }
  const from = filter.golonganFrom ? golonganRank(filter.golonganFrom) : 1;
  const to = filter.golonganTo ? golonganRank(filter.golonganTo) : 17;
  if (from > to) throw invalid('filter.golonganFrom', 'GOLONGAN_RANGE_INVERTED');
  if (filter.golonganFrom || filter.golonganTo) {
    // A PPPK's rank column holds their PPPK grade, not a golongan: a golongan range selects PNS only.
    query.andWhere("employee.employee_type = 'PNS' AND employee.golongan_rank BETWEEN :from AND :to", { from, to });
  }
  const term = filter.search?.trim();
  // A name is at most 150 characters; a longer pattern only burdens the database (SQLite refuses very long ones).
  if (term && term.length > 150) throw invalid('filter.search', 'TEXT_TOO_LONG', { max: 150 });
  if (term) {
    const nipPrefix = normalizeNip(term);
    const mayUseNip =
      /^[0-9]{1,18}$/.test(nipPrefix) &&
      (agencyId === undefined
        ? context.identity.kind === 'system'
        : can(context.identity, { action: 'employee.searchNip', agencyId }));
    query.andWhere(
      new Brackets((where) => {
        where.where('employee.name LIKE :name', { name: `%${escapeLike(term)}%` });
        if (mayUseNip) where.orWhere('employee.nip LIKE :nip', { nip: `${nipPrefix}%` });
      }),
    );
  }
}

export async function searchEmployees(
  dataSource: DataSource,
  context: Context,
  args: { first: number; after?: string | null; filter: EmployeeFilter; orderBy?: EmployeeOrder | null },
): Promise<EmployeeConnection> {
  const home = homeAgency(context.identity);
  const asked = args.filter.agencyId === undefined ? undefined : parseId(args.filter.agencyId, 'filter.agencyId');
  const agencyId = asked ?? home;
  if (agencyId !== undefined) authorize(context.identity, { action: 'employee.list', agencyId });

  const query = dataSource.getRepository(Employee).createQueryBuilder('employee');
  await applyFilter(query, args.filter, agencyId, context);
  // The NIP order is the birth-date order: only for callers who may read the NIPs of the whole agency.
  const mayOrderByNip = agencyId !== undefined && can(context.identity, { action: 'employee.searchNip', agencyId });
  const field = args.orderBy?.field ?? (mayOrderByNip ? 'NIP' : 'NAME');
  if (field === 'NIP' && !mayOrderByNip) throw forbidden();
  const direction = args.orderBy?.direction ?? 'ASC';
  const order = `${field} ${direction}`;
  const page: PageRequest<CursorKey> = parsePage(args, KEY_SHAPE[field]);
  if (page.after && page.after[0] !== order) throw invalidCursor();
  const counted = query.clone();
  const rows = await keysetAfter(query, [ORDER_COLUMN[field], 'employee.id'], direction, page.after?.slice(1))
    .limit(page.first + 1)
    .getMany();
  // Later fields (current levels, managers) look employees up by id: these rows are already here.
  for (const row of rows) context.loaders.employeesById.prime(row.id, row);
  return toConnection(
    rows,
    page,
    () => counted.getCount(),
    (row) => [order, SORT_VALUE[field](row), row.id],
  );
}
