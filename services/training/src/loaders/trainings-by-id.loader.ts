import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Training } from '../entities/training.entity.js';

export function createTrainingsByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Training>(
    (ids) => dataSource.getRepository(Training).findBy({ id: In([...ids]) }),
    (training) => training.id,
  );
}
