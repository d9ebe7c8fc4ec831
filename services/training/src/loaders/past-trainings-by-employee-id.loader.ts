// An employee's past trainings, all statuses, oldest end date first: one query per batch.
import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { PastTraining } from '../entities/past-training.entity.js';

export function createPastTrainingsByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, PastTraining>(
    (keys) =>
      dataSource
        .getRepository(PastTraining)
        .find({ where: { employeeId: In([...keys]) }, order: { endDate: 'ASC', id: 'ASC' } }),
    (row) => row.employeeId,
  );
}
