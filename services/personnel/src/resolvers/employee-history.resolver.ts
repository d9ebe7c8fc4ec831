// An employee's histories (ratings, ranks, posts, schooling): personal, so readable by the person, their manager, an
// admin of the agency, system, or an API key with pii:read (the same rule as the other personal fields).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { EducationHistory } from '../entities/education-history.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { PerformanceRating } from '../entities/performance-rating.entity.js';
import { PositionHistory } from '../entities/position-history.entity.js';
import { Position } from '../entities/position.entity.js';
import { RankHistory } from '../entities/rank-history.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { authorize } from '../policy.js';
import { golonganOfRank, type GolonganCode } from '../rules/golongan.js';
import { pppkGradeLabel } from '../rules/pppk-grade.js';
import { Golongan } from '../types/golongan.enum.js';

@Resolver(() => Employee)
export class EmployeeHistoryResolver {
  @FieldResolver(() => [PerformanceRating], {
    nullable: true,
    description: 'Performance predikat per year, newest first; the first is the current predikat (personal).',
  })
  performanceRatings(@Root() employee: Employee, @Ctx() context: Context): Promise<PerformanceRating[]> {
    authorize(context.identity, { action: 'employee.readPersonal', employee });
    return context.loaders.ratingsByEmployeeId.load(employee.id);
  }

  @FieldResolver(() => [RankHistory], {
    nullable: true,
    description: 'Ranks held with TMT and decree, newest first; the first is the current rank (personal).',
  })
  rankHistory(@Root() employee: Employee, @Ctx() context: Context): Promise<RankHistory[]> {
    authorize(context.identity, { action: 'employee.readPersonal', employee });
    return context.loaders.rankHistoryByEmployeeId.load(employee.id);
  }

  @FieldResolver(() => [PositionHistory], {
    nullable: true,
    description: 'Positions held (riwayat jabatan), newest first; the open one is the current post (personal).',
  })
  positionHistory(@Root() employee: Employee, @Ctx() context: Context): Promise<PositionHistory[]> {
    authorize(context.identity, { action: 'employee.readPersonal', employee });
    return context.loaders.positionHistoryByEmployeeId.load(employee.id);
  }

  @FieldResolver(() => [EducationHistory], {
    nullable: true,
    description: 'Formal education completed (riwayat pendidikan), newest first (personal).',
  })
  educationHistory(@Root() employee: Employee, @Ctx() context: Context): Promise<EducationHistory[]> {
    authorize(context.identity, { action: 'employee.readPersonal', employee });
    return context.loaders.educationHistoryByEmployeeId.load(employee.id);
  }
}

@Resolver(() => RankHistory)
export class RankHistoryResolver {
  @FieldResolver(() => Golongan, { nullable: true, description: 'The PNS golongan; null for a PPPK grade.' })
  async golongan(@Root() entry: RankHistory, @Ctx() { loaders }: Context): Promise<GolonganCode | null> {
    const employee = await loaders.employeesById.load(entry.employeeId);
    return employee?.employeeType === 'PNS' ? golonganOfRank(entry.rank).code : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The PPPK grade (I-XVII); null for a PNS golongan.' })
  async pppkGrade(@Root() entry: RankHistory, @Ctx() { loaders }: Context): Promise<string | null> {
    const employee = await loaders.employeesById.load(entry.employeeId);
    return employee?.employeeType === 'PPPK' ? pppkGradeLabel(entry.rank) : null;
  }
}

@Resolver(() => PositionHistory)
export class PositionHistoryResolver {
  @FieldResolver(() => Position, { nullable: true, description: 'The position held.' })
  position(@Root() entry: PositionHistory, @Ctx() { loaders }: Context): Promise<Position | null> {
    return loaders.positionsById.load(entry.positionId);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit it was held in.' })
  unit(@Root() entry: PositionHistory, @Ctx() { loaders }: Context): Promise<Unit | null> {
    return loaders.unitsById.load(entry.unitId);
  }
}
