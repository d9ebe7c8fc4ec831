import { createGroupLoader } from '@asn/common';
import { In, type DataSource } from 'typeorm';
import { DevelopmentPlanItem } from '../entities/development-plan-item.entity.js';

export function createPlanItemsByPlanIdLoader(dataSource: DataSource) {
  return createGroupLoader<number, DevelopmentPlanItem>(
    (planIds) =>
      dataSource.getRepository(DevelopmentPlanItem).find({ where: { planId: In([...planIds]) }, order: { id: 'ASC' } }),
    (item) => item.planId,
  );
}
