import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { TrainingSession } from '../entities/training-session.entity.js';

/** Sessions of each training, earliest first. */
export function createSessionsByTrainingIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, TrainingSession>(
    (trainingIds) =>
      dataSource
        .getRepository(TrainingSession)
        .find({ where: { trainingId: In([...trainingIds]) }, order: { startDate: 'ASC', id: 'ASC' } }),
    (session) => session.trainingId,
  );
}
