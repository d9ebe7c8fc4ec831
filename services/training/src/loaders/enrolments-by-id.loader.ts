import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Enrolment } from '../entities/enrolment.entity.js';

export function createEnrolmentsByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Enrolment>(
    (ids) => dataSource.getRepository(Enrolment).findBy({ id: In([...ids]) }),
    (enrolment) => enrolment.id,
  );
}
