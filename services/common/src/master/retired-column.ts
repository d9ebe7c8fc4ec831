// The column a migration adds to make a table's rows retirable instead of deletable (history points at them).
import type { TableColumnOptions } from 'typeorm';

export function retiredOnColumn(): TableColumnOptions {
  return { name: 'retired_on', type: 'date', isNullable: true };
}
