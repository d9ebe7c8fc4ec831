// The scheme catalog as a connection: public, filtered by issuer kind or text, one statement per page (and
// one for totalCount when asked), a keyset on the id.
import { ID_KEY, idKeyOf, keysetAfter, parsePage, toConnection } from '@asn/common';
import type { Context } from '../context.js';
import { Scheme } from '../entities/scheme.entity.js';
import type { SchemeFilter } from '../inputs/scheme-filter.input.js';

export async function listSchemes(context: Context, filter: SchemeFilter = {}, first?: number, after?: string) {
  const page = parsePage({ first, after }, ID_KEY);
  const query = context.dataSource.getRepository(Scheme).createQueryBuilder('s');
  // Retired schemes stay readable by id and on their certificates, but are not offered in the catalog.
  if (!filter.includeRetired) query.andWhere('s.retired_on IS NULL');
  if (filter.issuerKind !== undefined) {
    query.innerJoin('s.issuer', 'i').andWhere('i.kind = :kind', { kind: filter.issuerKind });
  }
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    // '!' escapes LIKE wildcards the same way on SQLite and MySQL (a backslash does not).
    query.andWhere("(LOWER(s.code) LIKE :search ESCAPE '!' OR LOWER(s.name) LIKE :search ESCAPE '!')", {
      search: `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`,
    });
  }
  const counted = query.clone();
  const rows = await keysetAfter(query, ['s.id'], 'ASC', page.after)
    .limit(page.first + 1)
    .getMany();
  return toConnection(rows, page, () => counted.getCount(), idKeyOf);
}
