import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Training } from '../entities/training.entity.js';

export function createTrainingsByCodeLoader(dataSource: DataSource) {
  return createRowLoader<string, Training>(
    (codes) => dataSource.getRepository(Training).findBy({ code: In([...codes]) }),
    (training) => training.code,
  );
}
