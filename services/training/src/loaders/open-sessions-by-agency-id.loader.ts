import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { TrainingSession } from '../entities/training-session.entity.js';
import { Training } from '../entities/training.entity.js';
import { TrainingCategory } from '../types/training-category.enum.js';

/**
 * Sessions an agency's people can still join and finish this year: national or the agency's own, not cancelled,
 * registration open today, a seat left, ending by 31 December, of a training still offered; cheapest first.
 */
export function createOpenSessionsByAgencyIdLoader(dataSource: DataSource, today: string) {
  return new DataLoader<number, TrainingSession[]>(async (agencyIds) => {
    const rows = await dataSource
      .getRepository(TrainingSession)
      .createQueryBuilder('s')
      .innerJoin(Training, 't', 't.id = s.training_id')
      .where('(s.agency_id IS NULL OR s.agency_id IN (:...agencyIds))', { agencyIds: [...agencyIds] })
      .andWhere('s.cancelled_on IS NULL AND s.seats_taken < s.capacity AND s.registration_deadline >= :today', {
        today,
      })
      .andWhere('s.end_date <= :yearEnd', { yearEnd: `${today.slice(0, 4)}-12-31` })
      .andWhere('t.retired_on IS NULL AND t.category <> :degree', { degree: TrainingCategory.DEGREE })
      .orderBy('t.cost_per_participant', 'ASC')
      .addOrderBy('s.end_date', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return agencyIds.map((agencyId) => rows.filter((row) => row.agencyId === null || row.agencyId === agencyId));
  });
}
