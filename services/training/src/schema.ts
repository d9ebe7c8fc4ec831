import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { CareerOption } from './entities/career-option.entity.js';
import { Competency } from './entities/competency.entity.js';
import { Employee } from './entities/employee.entity.js';
import { Unit } from './entities/unit.entity.js';
import { CareerOptionTrainingResolver } from './resolvers/career-option-training.resolver.js';
import { CatalogAdminResolver } from './resolvers/catalog-admin.resolver.js';
import { CompetencyTrainingsResolver } from './resolvers/competency-trainings.resolver.js';
import { DevelopmentPlanItemResolver } from './resolvers/development-plan-item.resolver.js';
import { DevelopmentPlanMutationResolver } from './resolvers/development-plan-mutation.resolver.js';
import { DevelopmentPlanResolver } from './resolvers/development-plan.resolver.js';
import { EmployeeTrainingResolver } from './resolvers/employee-training.resolver.js';
import { EnrolmentMutationResolver } from './resolvers/enrolment-mutation.resolver.js';
import { EnrolmentResolver } from './resolvers/enrolment.resolver.js';
import { resolveEnrolmentReference, resolveTrainingReference } from './resolvers/references.js';
import { TrainingCompetencyResolver } from './resolvers/training-competency.resolver.js';
import { TrainingSessionResolver } from './resolvers/training-session.resolver.js';
import { TrainingResolver } from './resolvers/training.resolver.js';
import { UnitInboxResolver } from './resolvers/unit-inbox.resolver.js';
import { UnitTrainingResolver } from './resolvers/unit-training.resolver.js';

/**
 * CareerOption.trainingPlan: on since personnel owns CareerOption (issue 6). Composing a field on a type no subgraph
 * owns fails, so a build without personnel's CareerOption turns it off here.
 */
export const CAREER_OPTION_IN_SUPERGRAPH = true;

export function buildTrainingSchema(options: { careerOption?: boolean } = {}) {
  const careerOption = options.careerOption ?? CAREER_OPTION_IN_SUPERGRAPH;
  return buildSubgraph<Context>({
    service: 'training',
    resolvers: [
      TrainingResolver,
      TrainingSessionResolver,
      TrainingCompetencyResolver,
      EnrolmentResolver,
      EnrolmentMutationResolver,
      DevelopmentPlanResolver,
      DevelopmentPlanItemResolver,
      DevelopmentPlanMutationResolver,
      CatalogAdminResolver,
      EmployeeTrainingResolver,
      CompetencyTrainingsResolver,
      UnitTrainingResolver,
      UnitInboxResolver,
      ...(careerOption ? [CareerOptionTrainingResolver] : []),
    ],
    orphanedTypes: [Employee, Competency, Unit, ...(careerOption ? [CareerOption] : [])],
    references: { Enrolment: resolveEnrolmentReference, Training: resolveTrainingReference },
  });
}
