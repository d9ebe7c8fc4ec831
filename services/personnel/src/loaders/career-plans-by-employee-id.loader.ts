// An employee's career options, assembled from loaders and the rules: reachable targets on the agency's ladder
// (career-paths), JPM and gaps against each target's standard (position-match), the personnel requirements and
// their dates (career-requirements), the leadership training (leadership-training) and the readiness order
// (career-ranking). A batch of employees costs the same few statements as one.
import { loadAll, type Language } from '@asn/common';
import DataLoader from 'dataloader';
import type { Agency } from '../entities/agency.entity.js';
import type { CareerLadderEdge } from '../entities/career-ladder-edge.entity.js';
import type { CompetencyStandard } from '../entities/competency-standard.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { PerformanceRating } from '../entities/performance-rating.entity.js';
import type { PositionHistory } from '../entities/position-history.entity.js';
import type { RankHistory } from '../entities/rank-history.entity.js';
import type { Position } from '../entities/position.entity.js';
import { latestDate } from '../rules/calendar.js';
import { emptyPlanReason, type EmptyPlanReason, type TargetFate } from '../rules/career-plan-reason.js';
import { reachableTargets, type CareerPath } from '../rules/career-paths.js';
import { rankOptions } from '../rules/career-ranking.js';
import {
  checkRequirements,
  earliestEligibleDate,
  openTo,
  undatedRequirements,
  type Candidate,
  type PositionFacts,
} from '../rules/career-requirements.js';
import type { AssessmentFact, CurrentLevel } from '../rules/current-level.js';
import { selectionCategory } from '../rules/jpm.js';
import { leadershipTrainingFor } from '../rules/leadership-training.js';
import { deriveFromNip } from '../rules/nip.js';
import { gapsBelowStandard, matchPosition } from '../rules/position-match.js';
import { retirementAgeOf, retirementDate } from '../rules/retirement.js';
import type { CareerOption } from '../types/career-option.type.js';

interface Needed {
  employeesById: DataLoader<number, Employee | null>;
  agenciesById: DataLoader<number, Agency | null>;
  ladderEdgesByAgencyId: DataLoader<number, CareerLadderEdge[]>;
  positionsById: DataLoader<number, Position | null>;
  standardsByPositionId: DataLoader<number, CompetencyStandard[]>;
  currentLevelsByEmployeeId: DataLoader<number, CurrentLevel<AssessmentFact>[]>;
  ratingsByEmployeeId: DataLoader<number, PerformanceRating[]>;
  rankHistoryByEmployeeId: DataLoader<number, RankHistory[]>;
  positionHistoryByEmployeeId: DataLoader<number, PositionHistory[]>;
}

interface Histories {
  ratings: PerformanceRating[];
  ranks: RankHistory[];
  positions: PositionHistory[];
}

/**
 * The candidate as the histories tell it: the rank's TMT from the latest rank history entry, the time in position
 * from the open position history entry (the employee's columns are kept equal to these latest entries by the
 * history writes, so they only fill in for an employee with no history yet), the predikat per year.
 */
function candidateOf(employee: Employee, current: Position, histories: Histories): Candidate {
  const openPost = histories.positions.find((entry) => entry.toDate === null);
  return {
    employeeType: employee.employeeType,
    golonganRank: employee.golonganRank,
    golonganSince: histories.ranks[0]?.tmt ?? null,
    education: employee.education,
    positionSince: openPost?.fromDate ?? employee.positionSince,
    birthDate: deriveFromNip(employee.nip).birthDate,
    position: { kind: current.kind, functionalLevel: current.functionalLevel },
    performance: histories.ratings.map((rating) => ({ year: rating.year, predikat: rating.predikat })),
  };
}

const factsOf = (position: Position): PositionFacts => ({
  kind: position.kind,
  functionalLevel: position.functionalLevel,
  minGolonganRank: position.minGolonganRank,
  minEducation: position.minEducation,
});

function optionFor(
  employee: Employee,
  path: CareerPath<CareerLadderEdge>,
  candidate: Candidate,
  positionOf: ReadonlyMap<number, Position | null | undefined>,
  context: { formula: Agency['jpmFormula']; standard: CompetencyStandard[]; levels: CurrentLevel<AssessmentFact>[] },
  today: string,
  language: Language,
) {
  const target = positionOf.get(path.targetPositionId)!;
  const { lines, jpm } = matchPosition(context.standard, context.levels, context.formula);
  const requirements = checkRequirements(
    candidate,
    path.steps.map((step) => ({
      minYearsInPosition: step.minYearsInPosition,
      minGolonganRank: step.minGolonganRank,
      requiredEducation: step.requiredEducation,
      to: factsOf(positionOf.get(step.toPositionId) ?? target),
    })),
    today,
    language,
  );
  const eligibleOn = earliestEligibleDate(requirements, today);
  const foreseeable = requirements.flatMap((check) => (!check.met && check.metOn ? [check.metOn] : []));
  return {
    employeeId: String(employee.id),
    positionId: String(target.id),
    kind: path.kind,
    steps: path.steps.length,
    jpm,
    jpmCategory: selectionCategory(jpm),
    gaps: gapsBelowStandard(lines),
    requirements,
    undatedRequirements: undatedRequirements(requirements),
    requirementsMet: requirements.every((check) => check.met),
    leadershipTrainingCode: leadershipTrainingFor(
      target.kind,
      path.steps.map((step) => step.leadershipTrainingCode),
    ),
    // Training dates its part from this, so it is always a date: with a requirement that cannot be foreseen, the
    // latest of those that can (eligibleOn stays null).
    experienceMetOn: eligibleOn ?? latestDate(today, ...foreseeable),
    eligibleOn,
    pathPositionIds: [employee.positionId, ...path.steps.map((step) => step.toPositionId)],
  };
}

/** An employee's career plan: the ranked options, and when there are none, why. */
export interface CareerPlan {
  options: CareerOption[];
  emptyReason: EmptyPlanReason | null;
}

const UNKNOWN: CareerPlan = { options: [], emptyReason: 'NO_LADDER_MOVE' };

/** The career plan of each employee, in the order of the ids; no options for an unknown employee. */
async function careerPlansOf(
  loaders: Needed,
  employeeIds: readonly number[],
  today: string,
  language: Language,
): Promise<CareerPlan[]> {
  const employees = (await loadAll(loaders.employeesById, employeeIds)).filter(
    (employee): employee is Employee => employee !== null,
  );
  const agencyIds = employees.map((employee) => employee.agencyId);
  const ids = employees.map((employee) => employee.id);
  const [agencies, ladders, levels, ratings, ranks, posts] = await Promise.all([
    loadAll(loaders.agenciesById, agencyIds),
    loadAll(loaders.ladderEdgesByAgencyId, agencyIds),
    loadAll(loaders.currentLevelsByEmployeeId, ids),
    loadAll(loaders.ratingsByEmployeeId, ids),
    loadAll(loaders.rankHistoryByEmployeeId, ids),
    loadAll(loaders.positionHistoryByEmployeeId, ids),
  ]);
  const paths = employees.map((employee, index) => reachableTargets(employee.positionId, ladders[index]!));
  const targetIds = [...new Set(paths.flat().map((path) => path.targetPositionId))];
  // Targets, the positions on the way and the employees' own (ceiling, retirement horizon) in one batch.
  const stepIds = paths.flat().flatMap((path) => path.steps.map((step) => step.toPositionId));
  const positionIds = [...new Set([...targetIds, ...stepIds, ...employees.map((employee) => employee.positionId)])];
  const [positions, standards] = await Promise.all([
    loadAll(loaders.positionsById, positionIds),
    loadAll(loaders.standardsByPositionId, targetIds),
  ]);
  const positionOf = new Map(positionIds.map((id, index) => [id, positions[index]]));
  const targetOf = new Map(
    targetIds.map((id, index) => [id, { position: positionOf.get(id), standard: standards[index]! }]),
  );
  const plansOf = new Map(
    employees.map((employee, index) => {
      const current = positionOf.get(employee.positionId);
      // The planner's horizon: a move whose requirements can only be met after retirement is no option.
      const retiresOn = current
        ? retirementDate(deriveFromNip(employee.nip).birthDate, retirementAgeOf(current))
        : null;
      const candidate = current
        ? candidateOf(employee, current, { ratings: ratings[index]!, ranks: ranks[index]!, positions: posts[index]! })
        : null;
      // Each target the ladder reaches, and what became of it (an option, or why not), for the empty plan's reason.
      const fates: TargetFate[] = [];
      const options = paths[index]!.flatMap((path) => {
        if (!candidate) return [];
        const target = targetOf.get(path.targetPositionId);
        if (!target?.position) return [];
        const kinds = path.steps.map((step) => positionOf.get(step.toPositionId)?.kind ?? target.position!.kind);
        if (!openTo(employee.employeeType, kinds)) {
          fates.push('CLOSED_TO_EMPLOYEE_TYPE');
          return [];
        }
        const context = {
          formula: agencies[index]?.jpmFormula ?? 'BKN',
          standard: target.standard,
          levels: levels[index]!,
        };
        const option = optionFor(employee, path, candidate, positionOf, context, today, language);
        if (retiresOn !== null && option.experienceMetOn >= retiresOn) {
          fates.push('PAST_RETIREMENT_HORIZON');
          return [];
        }
        fates.push('OPTION');
        return [option];
      });
      const ranked = rankOptions(
        options.map((option) => ({ ...option, positionId: Number(option.positionId), option })),
      ).map(({ option, rank }) => ({ ...option, rank }));
      return [employee.id, { options: ranked, emptyReason: emptyPlanReason(fates) }] as const;
    }),
  );
  return employeeIds.map((id) => plansOf.get(id) ?? UNKNOWN);
}

/** The career plan per employee (ranked options, or why none): Employee.careerOptions and careerPlanEmptyReason,
 *  Query.careerOption and CareerOption references. */
export function createCareerPlansByEmployeeIdLoader(loaders: Needed, today: string, language: Language) {
  return new DataLoader<number, CareerPlan>((employeeIds) => careerPlansOf(loaders, employeeIds, today, language));
}
