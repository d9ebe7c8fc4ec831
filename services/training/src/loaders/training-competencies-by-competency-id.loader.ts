import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { TrainingCompetency } from '../entities/training-competency.entity.js';

export function createTrainingCompetenciesByCompetencyIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, TrainingCompetency>(
    (competencyIds) =>
      dataSource
        .getRepository(TrainingCompetency)
        .find({ where: { competencyId: In([...competencyIds]) }, order: { trainingId: 'ASC' } }),
    (row) => row.competencyId,
  );
}
