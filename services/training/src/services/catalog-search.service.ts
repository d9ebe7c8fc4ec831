// Catalog search as a connection: text, category, form, provider, competency and session month; one statement for
// the page whatever its size or depth (a keyset on the id), a second for totalCount only when it is asked for.
import { ID_KEY, idKeyOf, keysetAfter, parseId, parsePage, toConnection } from '@asn/common';
import type { Context } from '../context.js';
import { Training } from '../entities/training.entity.js';
import { invalid } from '../errors.js';
import type { TrainingFilter } from '../inputs/training-filter.input.js';

const MAX_TEXT = 200;

/** First day of the month and of the next one, for a YYYY-MM month. */
function monthRange(month: string): [string, string] {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) {
    throw invalid('filter.month', 'MONTH_FORMAT');
  }
  const [year, m] = [Number(match[1]), Number(match[2])];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return [`${month}-01`, `${next}-01`];
}

export async function searchCatalog(context: Context, filter: TrainingFilter, first: number, after?: string | null) {
  const page = parsePage({ first, after }, ID_KEY);
  const query = context.dataSource.getRepository(Training).createQueryBuilder('t');
  // Retired entries stay readable by id (enrolments and history name them) but are not offered in the catalog.
  if (!filter.includeRetired) query.andWhere('t.retired_on IS NULL');
  if (filter.ownOnly) {
    const { identity } = context;
    query.andWhere('t.agency_id = :ownAgencyId', {
      ownAgencyId: identity.kind === 'user' ? Number(identity.agencyId) : 0,
    });
  }
  if (filter.text) {
    // A title is at most 200 characters; a longer pattern only burdens the database (SQLite refuses very long ones).
    if (filter.text.length > MAX_TEXT) {
      throw invalid('filter.text', 'SEARCH_TOO_LONG', { max: MAX_TEXT });
    }
    query.andWhere('(LOWER(t.code) LIKE :text OR LOWER(t.title) LIKE :text OR LOWER(t.description) LIKE :text)', {
      text: `%${filter.text.toLowerCase().replace(/[%_\\]/g, '')}%`,
    });
  }
  if (filter.category) query.andWhere('t.category = :category', { category: filter.category });
  if (filter.form) query.andWhere('t.form = :form', { form: filter.form });
  if (filter.providerId)
    query.andWhere('t.provider_id = :providerId', { providerId: parseId(filter.providerId, 'filter.providerId') });
  if (filter.competencyId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM training_competency tc WHERE tc.training_id = t.id AND tc.competency_id = :competencyId)',
      { competencyId: parseId(filter.competencyId, 'filter.competencyId') },
    );
  }
  if (filter.month) {
    const [from, to] = monthRange(filter.month);
    query.andWhere(
      'EXISTS (SELECT 1 FROM training_session s WHERE s.training_id = t.id AND s.start_date >= :from AND s.start_date < :to)',
      { from, to },
    );
  }
  const counted = query.clone();
  const rows = await keysetAfter(query, ['t.id'], 'ASC', page.after)
    .limit(page.first + 1)
    .getMany();
  return toConnection(rows, page, () => counted.getCount(), idKeyOf);
}
