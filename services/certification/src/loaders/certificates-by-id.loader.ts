import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Certificate } from '../entities/certificate.entity.js';

export function createCertificatesByIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Certificate>(
    (ids) => dataSource.getRepository(Certificate).findBy({ id: In([...ids]) }),
    (certificate) => certificate.id,
  );
}
