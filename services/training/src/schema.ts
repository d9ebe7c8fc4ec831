import { Agency } from './external/agency.js';
import { AgencyJpSettingsResolver } from './external/agency-jp-settings.resolver.js';
import { EnrolmentChangeFeedResolver } from './resolvers/enrolment-change-feed.resolver.js';
import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { CareerOption } from './external/career-option.js';
import { Competency } from './external/competency.js';
import { Employee } from './external/employee.js';
import { Unit } from './external/unit.js';
import { CareerOptionTrainingResolver } from './external/career-option-training.resolver.js';
import { CatalogAdminResolver } from './resolvers/catalog-admin.resolver.js';
import { CompetencyTrainingsResolver } from './external/competency-trainings.resolver.js';
import { DevelopmentPlanItemResolver } from './resolvers/development-plan-item.resolver.js';
import { DevelopmentPlanMutationResolver } from './resolvers/development-plan-mutation.resolver.js';
import { DevelopmentPlanResolver } from './resolvers/development-plan.resolver.js';
import { EmployeeNotificationsResolver } from './external/employee-notifications.resolver.js';
import { EmployeeReminderSweepResolver } from './external/employee-reminder-sweep.resolver.js';
import { NotificationMutationResolver } from './resolvers/notification-mutation.resolver.js';
import { EmployeeSiasnResolver } from './external/employee-siasn.resolver.js';
import { EmployeeTrainingResolver } from './external/employee-training.resolver.js';
import { EnrolmentMutationResolver } from './resolvers/enrolment-mutation.resolver.js';
import { EnrolmentResolver } from './resolvers/enrolment.resolver.js';
import { resolveEnrolmentReference } from './resolvers/enrolment.reference.js';
import { resolveTrainingReference } from './resolvers/training.reference.js';
import { ProviderResolver } from './resolvers/provider.resolver.js';
import { PastTrainingResolver } from './resolvers/past-training.resolver.js';
import { NeedsSurveyResolver, NeedsSurveyResponseResolver } from './resolvers/needs-survey.resolver.js';
import { EmployeeNeedsSurveyResolver } from './external/employee-needs-survey.resolver.js';
import { UnitNeedsSurveyResolver } from './external/unit-needs-survey.resolver.js';
import { PartnershipMutationResolver } from './resolvers/partnership-mutation.resolver.js';
import { PartnershipActivityResolver, PartnershipResolver } from './resolvers/partnership.resolver.js';
import { PlacementMutationResolver } from './resolvers/placement-mutation.resolver.js';
import { PlacementCompetencyResolver, PlacementResolver } from './resolvers/placement.resolver.js';
import { TrainingCompetencyResolver } from './resolvers/training-competency.resolver.js';
import { TrainingSessionResolver } from './resolvers/training-session.resolver.js';
import { TrainingResolver } from './resolvers/training.resolver.js';
import { UnitDashboardResolver } from './external/unit-dashboard.resolver.js';
import { UnitInboxResolver } from './external/unit-inbox.resolver.js';
import { UnitEvaluationInboxResolver } from './external/unit-evaluation-inbox.resolver.js';
import { UnitSiasnResolver } from './external/unit-siasn.resolver.js';
import { UnitTrainingResolver } from './external/unit-training.resolver.js';
import { UnitSuccessResolver } from './external/unit-success.resolver.js';
import { UnitSatisfactionResolver } from './resolvers/unit-satisfaction.resolver.js';

export function buildTrainingSchema() {
  return buildSubgraph<Context>({
    service: 'training',
    resolvers: [
      AgencyJpSettingsResolver,
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
      EmployeeNotificationsResolver,
      EmployeeReminderSweepResolver,
      NotificationMutationResolver,
      EmployeeSiasnResolver,
      CompetencyTrainingsResolver,
      UnitTrainingResolver,
      UnitSiasnResolver,
      UnitDashboardResolver,
      UnitSuccessResolver,
      UnitSatisfactionResolver,
      PastTrainingResolver,
      PlacementResolver,
      PlacementCompetencyResolver,
      PlacementMutationResolver,
      PartnershipResolver,
      PartnershipActivityResolver,
      PartnershipMutationResolver,
      NeedsSurveyResolver,
      NeedsSurveyResponseResolver,
      UnitNeedsSurveyResolver,
      EmployeeNeedsSurveyResolver,
      ProviderResolver,
      UnitInboxResolver,
      UnitEvaluationInboxResolver,
      CareerOptionTrainingResolver,
      EnrolmentChangeFeedResolver,
    ],
    orphanedTypes: [Employee, Competency, Unit, CareerOption, Agency],
    references: { Enrolment: resolveEnrolmentReference, Training: resolveTrainingReference },
  });
}
