// One page of an agency's employees for the reminder sweep (docs/architecture.md): in id order, by the common keyset
// pager, so the gateway walks the agency page by page and each page costs what the first costs.
import { ID_KEY, idKeyOf, keysetAfter, parsePage, toConnection } from '@asn/common';
import type { Context } from '../context.js';
import { Employee } from '../entities/employee.entity.js';
import { parseId } from '../errors.js';
import { authorize } from '../policy.js';
import type { EmployeeConnection } from '../types/employee-connection.type.js';

export async function reminderSweepPage(
  context: Context,
  args: { agencyId: string; first?: number | null; after?: string | null },
): Promise<EmployeeConnection> {
  const agencyId = parseId(args.agencyId, 'agencyId');
  authorize(context.identity, { action: 'reminders.sweep', agencyId });
  const page = parsePage(args, ID_KEY);
  const query = context.dataSource
    .getRepository(Employee)
    .createQueryBuilder('employee')
    .where('employee.agency_id = :agencyId', { agencyId });
  const counted = query.clone();
  const rows = await keysetAfter(query, ['employee.id'], 'ASC', page.after)
    .limit(page.first + 1)
    .getMany();
  for (const row of rows) context.loaders.employeesById.prime(row.id, row);
  return toConnection(rows, page, () => counted.getCount(), idKeyOf);
}
