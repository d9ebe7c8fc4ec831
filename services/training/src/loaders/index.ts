import { createNotificationLoaders } from '@asn/common';
import type { DataSource } from 'typeorm';
import { createActivitiesByPartnershipIdLoader } from './activities-by-partnership-id.loader.js';
import { TrainingBudget } from '../entities/training-budget.entity.js';
import { NeedsSurvey } from '../entities/needs-survey.entity.js';
import { UnitSatisfaction } from '../entities/unit-satisfaction.entity.js';
import { createRowsByUnitYearLoader } from './rows-by-unit-year.loader.js';
import { createCompetenciesByPlacementIdLoader } from './competencies-by-placement-id.loader.js';
import { createEnrolmentsByColumnLoader } from './enrolments-by-column.loader.js';
import { createEnrolmentsByIdLoader } from './enrolments-by-id.loader.js';
import { createJpSettingsByAgencyIdLoader } from './jp-settings-by-agency-id.loader.js';
import { createNeedsSurveyChoicesByResponseIdLoader } from './needs-survey-choices-by-response-id.loader.js';
import { createNeedsSurveyResponsesBySurveyIdLoader } from './needs-survey-responses-by-survey-id.loader.js';
import { createOpenSessionsByAgencyIdLoader } from './open-sessions-by-agency-id.loader.js';
import { createPastTrainingsByEmployeeIdLoader } from './past-trainings-by-employee-id.loader.js';
import { createPlacementsByEmployeeIdLoader } from './placements-by-employee-id.loader.js';
import { createPlacementsByIdLoader } from './placements-by-id.loader.js';
import { createPlanItemsByPlanIdLoader } from './plan-items-by-plan-id.loader.js';
import { createPlansByEmployeeYearLoader } from './plans-by-employee-year.loader.js';
import { createPrerequisitesByTrainingIdLoader } from './prerequisites-by-training-id.loader.js';
import { createProvidersByIdLoader } from './providers-by-id.loader.js';
import { createSessionsByIdLoader } from './sessions-by-id.loader.js';
import { createSessionsByTrainingIdLoader } from './sessions-by-training-id.loader.js';
import { createTrainingCompetenciesByCompetencyIdLoader } from './training-competencies-by-competency-id.loader.js';
import { createTrainingCompetenciesByTrainingIdLoader } from './training-competencies-by-training-id.loader.js';
import { createTrainingsByCodeLoader } from './trainings-by-code.loader.js';
import { createTrainingsByIdLoader } from './trainings-by-id.loader.js';

/** Built per request, so batching and caching never cross requests. */
export function createLoaders(dataSource: DataSource, today: string) {
  return {
    ...createNotificationLoaders(dataSource),
    trainingsById: createTrainingsByIdLoader(dataSource),
    trainingsByCode: createTrainingsByCodeLoader(dataSource),
    providersById: createProvidersByIdLoader(dataSource),
    sessionsById: createSessionsByIdLoader(dataSource),
    sessionsByTrainingId: createSessionsByTrainingIdLoader(dataSource),
    competenciesByTrainingId: createTrainingCompetenciesByTrainingIdLoader(dataSource),
    trainingsByCompetencyId: createTrainingCompetenciesByCompetencyIdLoader(dataSource),
    prerequisitesByTrainingId: createPrerequisitesByTrainingIdLoader(dataSource),
    enrolmentsById: createEnrolmentsByIdLoader(dataSource),
    enrolmentsByEmployeeId: createEnrolmentsByColumnLoader(dataSource, 'employeeId'),
    enrolmentsBySessionId: createEnrolmentsByColumnLoader(dataSource, 'sessionId'),
    enrolmentsByTrainingId: createEnrolmentsByColumnLoader(dataSource, 'trainingId'),
    plansByEmployeeYear: createPlansByEmployeeYearLoader(dataSource),
    planItemsByPlanId: createPlanItemsByPlanIdLoader(dataSource),
    budgetsByUnitYear: createRowsByUnitYearLoader(dataSource, TrainingBudget),
    satisfactionByUnitYear: createRowsByUnitYearLoader(dataSource, UnitSatisfaction),
    jpSettingsByAgencyId: createJpSettingsByAgencyIdLoader(dataSource),
    pastTrainingsByEmployeeId: createPastTrainingsByEmployeeIdLoader(dataSource),
    openSessionsByAgencyId: createOpenSessionsByAgencyIdLoader(dataSource, today),
    placementsByEmployeeId: createPlacementsByEmployeeIdLoader(dataSource),
    competenciesByPlacementId: createCompetenciesByPlacementIdLoader(dataSource),
    placementsById: createPlacementsByIdLoader(dataSource),
    activitiesByPartnershipId: createActivitiesByPartnershipIdLoader(dataSource),
    needsSurveysByUnitYear: createRowsByUnitYearLoader(dataSource, NeedsSurvey),
    surveyResponsesBySurveyId: createNeedsSurveyResponsesBySurveyIdLoader(dataSource),
    surveyChoicesByResponseId: createNeedsSurveyChoicesByResponseIdLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
