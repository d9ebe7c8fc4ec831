import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { TrainingCompetency } from '../entities/training-competency.entity.js';

export function createTrainingCompetenciesByTrainingIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, TrainingCompetency>(
    (trainingIds) =>
      dataSource
        .getRepository(TrainingCompetency)
        .find({ where: { trainingId: In([...trainingIds]) }, order: { competencyId: 'ASC' } }),
    (row) => row.trainingId,
  );
}
