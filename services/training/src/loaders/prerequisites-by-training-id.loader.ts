import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { TrainingPrerequisite } from '../entities/training-prerequisite.entity.js';

export function createPrerequisitesByTrainingIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, TrainingPrerequisite>(
    (trainingIds) =>
      dataSource
        .getRepository(TrainingPrerequisite)
        .find({ where: { trainingId: In([...trainingIds]) }, order: { id: 'ASC' } }),
    (row) => row.trainingId,
  );
}
