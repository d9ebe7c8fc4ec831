import { createRowLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { Certificate } from '../entities/certificate.entity.js';

/** The certificate that renews a given one (at most one: renews_id is unique). */
export function createCertificatesByRenewsIdLoader(dataSource: DataSource) {
  return createRowLoader<number, Certificate>(
    (ids) => dataSource.getRepository(Certificate).findBy({ renewsId: In([...ids]) }),
    (certificate) => certificate.renewsId ?? 0,
  );
}
