// Demo development plans (the first 40 employees of each agency that has them, every status) and unit budgets.
import type { DevelopmentPlan } from '../entities/development-plan.entity.js';
import type { TrainingBudget } from '../entities/training-budget.entity.js';
import type { UnitSatisfaction } from '../entities/unit-satisfaction.entity.js';
import { PlanStatus } from '../types/plan-status.enum.js';

const STATUSES = [
  PlanStatus.DRAFT,
  PlanStatus.SUBMITTED,
  PlanStatus.APPROVED,
  PlanStatus.RETURNED,
  PlanStatus.APPROVED,
];
const BUNDLES = [
  ['EL-ANTIKORUPSI', 'DATA-DASAR'],
  ['PBJ-DASAR', 'MENTOR-PBJ'],
  ['MAN-KOMUNIKASI', 'EL-PELAYANAN', 'COACH-KINERJA'],
  ['SDM-ANJAB'],
  ['TKTI-SPBE', 'KAMINFO-DASAR'],
  ['YANKES-PPI', 'EL-SMART-ASN'],
];

export function demoPlans(year: number): { plan: Partial<DevelopmentPlan>; codes: string[] }[] {
  return [1, 76, 151, 226].flatMap((first) =>
    Array.from({ length: 10 }, (_, i) => ({
      plan: {
        employeeId: first + i,
        agencyId: Math.ceil((first + i) / 75),
        year,
        status: STATUSES[i % STATUSES.length]!,
        managerNote:
          STATUSES[i % STATUSES.length] === PlanStatus.RETURNED ? 'Tambahkan pelatihan teknis sesuai jabatan.' : null,
      },
      codes: BUNDLES[i % BUNDLES.length]!,
    })),
  );
}

/** Budgets for last year and this year for every unit (contract ids: 12 per agency), some units small. */
export function demoBudgets(year: number): Partial<TrainingBudget>[] {
  return Array.from({ length: 48 }, (_, i) => i + 1).flatMap((unitId) =>
    [year - 1, year].map((y) => ({
      unitId,
      agencyId: Math.ceil(unitId / 12),
      year: y,
      amount: (((unitId * 7) % 9) + 1) * 10_000_000,
    })),
  );
}

/** Each unit's IKM of the three surveyed years before this one (this year's survey is not in yet): a unit-specific
 *  level between about 70 and 85 that creeps up a point or two a year, so the success trend shows a believable rise. */
export function demoSatisfaction(year: number): Partial<UnitSatisfaction>[] {
  return Array.from({ length: 48 }, (_, i) => i + 1).flatMap((unitId) =>
    [year - 3, year - 2, year - 1].map((y, step) => ({
      unitId,
      agencyId: Math.ceil(unitId / 12),
      year: y,
      score: Math.round((70 + ((unitId * 13) % 15) + step * (1 + ((unitId * 5) % 3) * 0.6)) * 100) / 100,
    })),
  );
}
