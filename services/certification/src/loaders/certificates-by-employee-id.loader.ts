import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Certificate } from '../entities/certificate.entity.js';

export function createCertificatesByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Certificate>(
    (employeeIds) =>
      dataSource.getRepository(Certificate).find({ where: { employeeId: In([...employeeIds]) }, order: { id: 'ASC' } }),
    (certificate) => certificate.employeeId,
  );
}
