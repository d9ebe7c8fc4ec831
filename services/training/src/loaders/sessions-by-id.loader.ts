import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { TrainingSession } from '../entities/training-session.entity.js';

export function createSessionsByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, TrainingSession>(
    (ids) => dataSource.getRepository(TrainingSession).findBy({ id: In([...ids]) }),
    (session) => session.id,
  );
}
