// Mentors for one person and one competency, in constant SQL: the competency's assessments across the agency
// (one query), then the candidates' rows, positions, units and mentorships through the per-request loaders.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import { Assessment } from '../entities/assessment.entity.js';
import type { Competency } from '../entities/competency.entity.js';
import type { Employee } from '../entities/employee.entity.js';
import type { Position } from '../entities/position.entity.js';
import { currentLevels, levelOf } from '../rules/current-level.js';
import { mentoringTarget, rankMentors, type MentorCandidate } from '../rules/mentor-ranking.js';
import { isRunningOn } from '../rules/mentorship.js';
import { positionLevel } from '../rules/position-level.js';
import type { MentorSuggestions } from '../types/mentor-suggestion.type.js';

const levelOfPosition = (position: Position | null | undefined) =>
  position ? positionLevel(position.kind, position.functionalLevel) : 0;

export async function suggestMentors(
  context: Context,
  mentee: Employee,
  competency: Competency,
  limit: number,
): Promise<MentorSuggestions> {
  const { loaders, dataSource, today } = context;
  const [agency, menteePosition, standard, menteeLevels, menteeUnit, assessments] = await Promise.all([
    loaders.agenciesById.load(mentee.agencyId),
    loaders.positionsById.load(mentee.positionId),
    loaders.standardsByPositionId.load(mentee.positionId),
    loaders.currentLevelsByEmployeeId.load(mentee.id),
    loaders.unitsById.load(mentee.unitId),
    dataSource
      .getRepository(Assessment)
      .createQueryBuilder('assessment')
      .innerJoin('employee', 'employee', 'employee.id = assessment.employee_id')
      .where('employee.agency_id = :agencyId', { agencyId: mentee.agencyId })
      .andWhere('assessment.competency_id = :competencyId', { competencyId: competency.id })
      .andWhere('assessment.employee_id <> :menteeId', { menteeId: mentee.id })
      .getMany(),
  ]);
  const validityYears = agency?.assessmentValidityYears ?? 3;
  const menteeLimit = agency?.mentorMenteeLimit ?? 3;
  const menteeLevel = levelOf(menteeLevels, competency.id);
  const required = standard.find((line) => line.competencyId === competency.id)?.requiredLevel;
  const targetLevel = mentoringTarget(required, menteeLevel);

  const byEmployee = new Map<number, Assessment[]>();
  for (const assessment of assessments) {
    byEmployee.set(assessment.employeeId, [...(byEmployee.get(assessment.employeeId) ?? []), assessment]);
  }
  const levels = new Map(
    [...byEmployee].map(([employeeId, history]) => [employeeId, currentLevels(history, today, validityYears)[0]!]),
  );
  // Only those who could qualify on level are loaded further: the rest of the agency costs no rows.
  const qualifiedIds = [...levels]
    .filter(([, current]) => !current.stale && current.level >= targetLevel)
    .map(([employeeId]) => employeeId);
  const employees = (await loadAll(loaders.employeesById, qualifiedIds)).filter(
    (employee): employee is Employee => employee !== null,
  );
  const [positions, units, mentorships] = await Promise.all([
    loadAll(
      loaders.positionsById,
      employees.map((employee) => employee.positionId),
    ),
    loadAll(
      loaders.unitsById,
      employees.map((employee) => employee.unitId),
    ),
    loadAll(
      loaders.mentorshipsByMentorId,
      employees.map((employee) => employee.id),
    ),
  ]);
  const candidates: MentorCandidate[] = employees.map((employee, index) => ({
    employeeId: employee.id,
    name: employee.name,
    golonganRank: employee.golonganRank,
    positionLevel: levelOfPosition(positions[index]),
    level: levels.get(employee.id)!.level,
    stale: levels.get(employee.id)!.stale,
    unitPath: units[index]?.path ?? '/',
    activeMentees: mentorships[index]!.filter((mentorship) => isRunningOn(mentorship, today)).length,
  }));
  const ranked = rankMentors(
    {
      employeeId: mentee.id,
      golonganRank: mentee.golonganRank,
      positionLevel: levelOfPosition(menteePosition),
      unitPath: menteeUnit?.path ?? '/',
    },
    targetLevel,
    menteeLimit,
    candidates,
  ).slice(0, limit);
  const employeeById = new Map(employees.map((employee) => [employee.id, employee]));
  return {
    mentee,
    competency,
    menteeLevel,
    targetLevel,
    menteeLimit,
    suggestions: ranked.map((facts) => ({
      ...facts,
      mentor: employeeById.get(facts.employeeId)!,
      assessedOn: levels.get(facts.employeeId)!.assessment.assessedOn,
    })),
  };
}
