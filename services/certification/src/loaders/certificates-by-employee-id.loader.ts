import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Certificate } from '../entities/certificate.entity.js';

/** An employee's certificates, oldest issue first. */
export function createCertificatesByEmployeeIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, Certificate>(
    (employeeIds) =>
      dataSource.getRepository(Certificate).find({
        where: { employeeId: In([...employeeIds]) },
        order: { issuedOn: 'ASC', id: 'ASC' },
      }),
    (certificate) => certificate.employeeId,
  );
}
