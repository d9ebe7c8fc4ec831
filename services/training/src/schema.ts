import { EnrolmentChangeFeedResolver } from './resolvers/enrolment-change-feed.resolver.js';
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
import { PastTrainingResolver } from './resolvers/past-training.resolver.js';
import { TrainingCompetencyResolver } from './resolvers/training-competency.resolver.js';
import { TrainingSessionResolver } from './resolvers/training-session.resolver.js';
import { TrainingResolver } from './resolvers/training.resolver.js';
import { UnitInboxResolver } from './resolvers/unit-inbox.resolver.js';
import { UnitTrainingResolver } from './resolvers/unit-training.resolver.js';

export function buildTrainingSchema() {
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
      PastTrainingResolver,
      UnitInboxResolver,
      CareerOptionTrainingResolver,
      EnrolmentChangeFeedResolver,
    ],
    orphanedTypes: [Employee, Competency, Unit, CareerOption],
    references: { Enrolment: resolveEnrolmentReference, Training: resolveTrainingReference },
  });
}
