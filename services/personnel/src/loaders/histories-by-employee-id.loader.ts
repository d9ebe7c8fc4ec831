// The four personnel histories of a batch of employees, one statement each, newest first: the order the planner and
// the Employee fields read them in (the first entry is the current one).
import { createGroupLoader } from '@asn/common';
import { In, type DataSource, type FindOptionsOrder, type ObjectLiteral } from 'typeorm';
import { EducationHistory } from '../entities/education-history.entity.js';
import { PerformanceRating } from '../entities/performance-rating.entity.js';
import { PositionHistory } from '../entities/position-history.entity.js';
import { RankHistory } from '../entities/rank-history.entity.js';

function byEmployeeId<T extends ObjectLiteral & { id: number; employeeId: number }>(
  dataSource: DataSource,
  entity: new () => T,
  order: FindOptionsOrder<T>,
) {
  return createGroupLoader<number, T>(
    (keys) =>
      dataSource.getRepository(entity).find({ where: { employeeId: In([...keys]) } as never, order: order as never }),
    (row) => row.employeeId,
  );
}

export function createHistoryLoaders(dataSource: DataSource) {
  return {
    ratingsByEmployeeId: byEmployeeId(dataSource, PerformanceRating, { year: 'DESC' }),
    rankHistoryByEmployeeId: byEmployeeId(dataSource, RankHistory, { tmt: 'DESC', id: 'DESC' }),
    positionHistoryByEmployeeId: byEmployeeId(dataSource, PositionHistory, { fromDate: 'DESC', id: 'DESC' }),
    educationHistoryByEmployeeId: byEmployeeId(dataSource, EducationHistory, { year: 'DESC', id: 'DESC' }),
  };
}
