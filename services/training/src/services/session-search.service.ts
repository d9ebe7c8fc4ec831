// Session search as a connection, by id order: training, start window, mode, and "open" (deadline not passed and
// seats left, seats counted by the seats_taken column the enrolment requests keep).
import { ID_KEY, idKeyOf, keysetAfter, parseId, parsePage, toConnection } from '@asn/common';
import type { Context } from '../context.js';
import { TrainingSession } from '../entities/training-session.entity.js';
import type { SessionFilter } from '../inputs/session-filter.input.js';

export async function searchSessions(context: Context, filter: SessionFilter, first: number, after?: string | null) {
  const page = parsePage({ first, after }, ID_KEY);
  const query = context.dataSource.getRepository(TrainingSession).createQueryBuilder('s');
  if (filter.trainingId)
    query.andWhere('s.training_id = :trainingId', { trainingId: parseId(filter.trainingId, 'filter.trainingId') });
  if (filter.startsFrom) query.andWhere('s.start_date >= :from', { from: filter.startsFrom });
  if (filter.startsUntil) query.andWhere('s.start_date <= :until', { until: filter.startsUntil });
  if (filter.mode) query.andWhere('s.mode = :mode', { mode: filter.mode });
  if (filter.openOnly) {
    // A cancelled session frees its seats but takes no request: it is not open.
    query.andWhere('s.registration_deadline >= :today AND s.seats_taken < s.capacity AND s.cancelled_on IS NULL', {
      today: context.today,
    });
  }
  const counted = query.clone();
  const rows = await keysetAfter(query, ['s.id'], 'ASC', page.after)
    .limit(page.first + 1)
    .getMany();
  return toConnection(rows, page, () => counted.getCount(), idKeyOf);
}
