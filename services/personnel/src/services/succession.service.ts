// Succession for key positions: the key posts in scope, their holders with the retirement flag, and the talent pool
// (boxes 7–9, talent-box.ts) matched to them through the career planner's batched plans (career-plans-by-employee-id.loader),
// so a whole agency costs the same few SQL statements as one unit.
import { loadAll } from '@asn/common';
import { In, IsNull, Not } from 'typeorm';
import type { Context } from '../context.js';
import type { Agency } from '../entities/agency.entity.js';
import { Employee } from '../entities/employee.entity.js';
import { Position } from '../entities/position.entity.js';
import { Unit } from '../entities/unit.entity.js';
import { deriveFromNip } from '../rules/nip.js';
import { retirementAgeOf, retirementDate } from '../rules/retirement.js';
import {
  isInSuccessionPool,
  isKeyPosition,
  retiresWithin,
  SUCCESSION_READINESS,
  successionReadiness,
} from '../rules/succession.js';
import { POSITION_KINDS } from '../rules/position-level.js';
import type { KeyPositionSuccession, SuccessionCandidate, SuccessionPlan } from '../types/succession.type.js';
import { byName, unitEmployees } from './unit-employees.js';

const KEY_KINDS = POSITION_KINDS.filter(isKeyPosition);

/** The agency's key positions still in use, or those in the unit's subtree: one statement. */
async function keyPositions({ dataSource }: Context, agency: Agency, unit: Unit | null): Promise<Position[]> {
  const query = dataSource
    .getRepository(Position)
    .createQueryBuilder('position')
    .where('position.agencyId = :agencyId', { agencyId: agency.id })
    .andWhere('position.kind IN (:...kinds)', { kinds: KEY_KINDS })
    .andWhere('position.retiredOn IS NULL');
  if (unit)
    query.innerJoin(Unit, 'unit', 'unit.id = position.unitId AND unit.path LIKE :path', { path: `${unit.path}%` });
  const positions = await query.getMany();
  const order = (position: Position) => KEY_KINDS.indexOf(position.kind);
  return positions.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name) || a.id - b.id);
}

/** The people whose talent box is asked: the unit's (sub-units included), or the agency's rated employees. */
async function poolPeople(context: Context, agency: Agency, unit: Unit | null): Promise<Employee[]> {
  if (unit) return unitEmployees(context, unit, true);
  const rated = await context.dataSource.getRepository(Employee).findBy({
    agencyId: agency.id,
    performancePredikat: Not(IsNull()),
    potentialScore: Not(IsNull()),
  });
  for (const employee of rated) context.loaders.employeesById.prime(employee.id, employee);
  return rated;
}

const readinessOrder = (candidate: SuccessionCandidate) => SUCCESSION_READINESS.indexOf(candidate.readiness);

function byReadiness(a: SuccessionCandidate, b: SuccessionCandidate): number {
  return (
    readinessOrder(a) - readinessOrder(b) ||
    (a.option.eligibleOn ?? '').localeCompare(b.option.eligibleOn ?? '') ||
    b.talentBox.box - a.talentBox.box ||
    b.option.jpm - a.option.jpm ||
    byName(a.employee, b.employee)
  );
}

export async function buildSuccessionPlan(
  context: Context,
  agency: Agency,
  unit: Unit | null,
): Promise<SuccessionPlan> {
  const { loaders, today } = context;
  const [positions, people] = await Promise.all([
    keyPositions(context, agency, unit),
    poolPeople(context, agency, unit),
  ]);
  const holders = positions.length
    ? await context.dataSource.getRepository(Employee).findBy({ positionId: In(positions.map(({ id }) => id)) })
    : [];
  const placements = await loadAll(
    loaders.talentPlacementsByEmployeeId,
    people.map(({ id }) => id),
  );
  const pool = people.flatMap((employee, index) => {
    const placement = placements[index];
    return placement && isInSuccessionPool(placement.box) ? [{ employee, placement }] : [];
  });
  const plans = await loadAll(
    loaders.careerPlansByEmployeeId,
    pool.map(({ employee }) => employee.id),
  );
  const candidatesOf = new Map<string, SuccessionCandidate[]>();
  pool.forEach(({ employee, placement }, index) => {
    for (const option of plans[index]!.options) {
      const list = candidatesOf.get(option.positionId) ?? [];
      list.push({
        employee,
        talentBox: placement,
        readiness: successionReadiness(option.eligibleOn, today),
        // A requirement met on or before today (a promotion due today) no longer stands in the way.
        blockers: option.requirements.filter(
          (requirement) => !requirement.met && (requirement.metOn === null || requirement.metOn > today),
        ),
        option,
      });
      candidatesOf.set(option.positionId, list);
    }
  });
  const rows: KeyPositionSuccession[] = positions.map((position) => {
    const candidates = (candidatesOf.get(String(position.id)) ?? []).sort(byReadiness);
    return {
      position,
      holders: holders
        .filter((holder) => holder.positionId === position.id)
        .sort(byName)
        .map((employee) => {
          const retiresOn = retirementDate(deriveFromNip(employee.nip).birthDate, retirementAgeOf(position));
          return { employee, retiresOn, retiresSoon: retiresWithin(retiresOn, today, agency.retirementHorizonYears) };
        }),
      candidates,
      hasReadySuccessor: candidates.some((candidate) => candidate.readiness === 'READY_NOW'),
    };
  });
  return {
    agency,
    unit,
    today,
    retirementHorizonYears: agency.retirementHorizonYears,
    poolSize: pool.length,
    withoutReadySuccessor: rows.filter((row) => !row.hasReadySuccessor).length,
    positions: rows,
  };
}
