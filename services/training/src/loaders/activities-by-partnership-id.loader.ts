// The activities under each agreement, latest first: one query per batch.
import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { PartnershipActivity } from '../entities/partnership-activity.entity.js';

export function createActivitiesByPartnershipIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, PartnershipActivity>(
    (keys) =>
      dataSource
        .getRepository(PartnershipActivity)
        .find({ where: { partnershipId: In([...keys]) }, order: { heldOn: 'DESC', id: 'DESC' } }),
    (row) => row.partnershipId,
  );
}
