import type { Language } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createAgenciesByIdLoader } from './agencies-by-id.loader.js';
import { createUserAccountsByIdLoader } from './user-accounts-by-id.loader.js';
import { createAssessmentFactsByEmployeeIdLoader } from './assessment-facts-by-employee-id.loader.js';
import { createAssessmentsByEmployeeIdLoader } from './assessments-by-employee-id.loader.js';
import { createCareerTargetsByEmployeeIdLoader } from './career-targets-by-employee-id.loader.js';
import { createCareerPlansByEmployeeIdLoader } from './career-plans-by-employee-id.loader.js';
import { createCompetenciesByIdLoader } from './competencies-by-id.loader.js';
import { createCompetencyGapsByUnitIdLoader } from './competency-gaps-by-unit-id.loader.js';
import { createCompetencyLevelsByCompetencyIdLoader } from './competency-levels-by-competency-id.loader.js';
import { createCurrentLevelsByEmployeeIdLoader } from './current-levels-by-employee-id.loader.js';
import { createDegreeStudiesByEmployeeIdLoader } from './degree-studies-by-employee-id.loader.js';
import { createEmployeesByIdLoader } from './employees-by-id.loader.js';
import { createEmployeesByNipLoader } from './employees-by-nip.loader.js';
import { createHistoryLoaders } from './histories-by-employee-id.loader.js';
import { createFocusByMentorshipIdLoader } from './focus-by-mentorship-id.loader.js';
import { createKinerjaMappingsByAgencyIdLoader } from './kinerja-mappings-by-agency-id.loader.js';
import { createLadderEdgesByAgencyIdLoader } from './ladder-edges-by-agency-id.loader.js';
import { createLogByMentorshipIdLoader } from './log-by-mentorship-id.loader.js';
import { createMemberIdsByUnitIdLoader } from './member-ids-by-unit-id.loader.js';
import { createMentorshipsByMenteeIdLoader } from './mentorships-by-mentee-id.loader.js';
import { createMentorshipsByMentorIdLoader } from './mentorships-by-mentor-id.loader.js';
import { createPositionsByIdLoader } from './positions-by-id.loader.js';
import { createStandardsByPositionIdLoader } from './standards-by-position-id.loader.js';
import { createStandingsByEmployeeIdLoader } from './standings-by-employee-id.loader.js';
import { createDatedLoaders } from './standings-on-date.loader.js';
import { createTalentPlacementsByEmployeeIdLoader } from './talent-placements-by-employee-id.loader.js';
import { createReportsByDegreeStudyIdLoader } from './reports-by-degree-study-id.loader.js';
import { createRootUnitsByAgencyIdLoader } from './root-units-by-agency-id.loader.js';
import { createUnitsByIdLoader } from './units-by-id.loader.js';
import { createUnitsByParentIdLoader } from './units-by-parent-id.loader.js';

/** Built per request, so batching and caching never cross requests. */
/** `language` words the texts the rules compose (a career requirement's "3 years"). */
export function createLoaders(dataSource: DataSource, today: string, language: Language = 'en') {
  const agenciesById = createAgenciesByIdLoader(dataSource);
  const employeesById = createEmployeesByIdLoader(dataSource);
  const unitsById = createUnitsByIdLoader(dataSource);
  const assessmentFactsByEmployeeId = createAssessmentFactsByEmployeeIdLoader(dataSource);
  const validityYearsOf = async (employeeIds: readonly number[]) => {
    const employees = await employeesById.loadMany(employeeIds);
    const agencyIds = employees.map((employee) => (employee && !(employee instanceof Error) ? employee.agencyId : 0));
    const agencies = await agenciesById.loadMany(agencyIds);
    return agencies.map((agency) => (agency && !(agency instanceof Error) ? agency.assessmentValidityYears : 3));
  };
  const base = {
    agenciesById,
    userAccountsById: createUserAccountsByIdLoader(dataSource),
    kinerjaMappingsByAgencyId: createKinerjaMappingsByAgencyIdLoader(dataSource),
    unitsById,
    unitsByParentId: createUnitsByParentIdLoader(dataSource),
    rootUnitsByAgencyId: createRootUnitsByAgencyIdLoader(dataSource),
    memberIdsByUnitId: createMemberIdsByUnitIdLoader(dataSource, unitsById),
    positionsById: createPositionsByIdLoader(dataSource),
    competenciesById: createCompetenciesByIdLoader(dataSource),
    competencyLevelsByCompetencyId: createCompetencyLevelsByCompetencyIdLoader(dataSource),
    standardsByPositionId: createStandardsByPositionIdLoader(dataSource),
    employeesById,
    employeesByNip: createEmployeesByNipLoader(dataSource),
    assessmentsByEmployeeId: createAssessmentsByEmployeeIdLoader(dataSource),
    currentLevelsByEmployeeId: createCurrentLevelsByEmployeeIdLoader(
      assessmentFactsByEmployeeId,
      validityYearsOf,
      today,
    ),
    mentorshipsByMentorId: createMentorshipsByMentorIdLoader(dataSource),
    mentorshipsByMenteeId: createMentorshipsByMenteeIdLoader(dataSource),
    focusByMentorshipId: createFocusByMentorshipIdLoader(dataSource),
    degreeStudiesByEmployeeId: createDegreeStudiesByEmployeeIdLoader(dataSource),
    reportsByDegreeStudyId: createReportsByDegreeStudyIdLoader(dataSource),
    logByMentorshipId: createLogByMentorshipIdLoader(dataSource),
    ladderEdgesByAgencyId: createLadderEdgesByAgencyIdLoader(dataSource),
    ...createHistoryLoaders(dataSource),
    assessmentFactsByEmployeeId,
  };
  return {
    ...base,
    competencyGapsByUnitId: createCompetencyGapsByUnitIdLoader(base),
    standingsByEmployeeId: createStandingsByEmployeeIdLoader(base),
    talentPlacementsByEmployeeId: createTalentPlacementsByEmployeeIdLoader(base),
    careerPlansByEmployeeId: createCareerPlansByEmployeeIdLoader(base, today, language),
    careerTargetsByEmployeeId: createCareerTargetsByEmployeeIdLoader(dataSource),
    /** Employees (with the position held then) and standings as of a date; one pair per date per request. */
    on: createDatedLoaders(base, validityYearsOf),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
