import { buildSubgraph } from '@asn/common';
import type { Context } from './context.js';
import { ApiKeyResolver } from './resolvers/api-key.resolver.js';
import { ReminderSweepResolver } from './resolvers/reminder-sweep.resolver.js';
import { AuditActorResolver } from './resolvers/audit-actor.resolver.js';
import { AccessResolver } from './resolvers/access.resolver.js';
import {
  AssessmentChangeFeedResolver,
  EducationHistoryChangeFeedResolver,
  EmployeeChangeFeedResolver,
  PositionHistoryChangeFeedResolver,
  RankHistoryChangeFeedResolver,
  RatingChangeFeedResolver,
} from './resolvers/change-feed.resolver.js';
import { AgencyResolver } from './resolvers/agency.resolver.js';
import { AssessmentMutationResolver } from './resolvers/assessment-mutation.resolver.js';
import { AssessmentResolver } from './resolvers/assessment.resolver.js';
import { CareerLadderResolver } from './resolvers/career-ladder.resolver.js';
import { CareerTargetResolver, EmployeeCareerTargetResolver } from './resolvers/career-target.resolver.js';
import { CareerOptionResolver } from './resolvers/career-option.resolver.js';
import { CompetencyGapResolver } from './resolvers/competency-gap.resolver.js';
import { CompetencyStandardResolver } from './resolvers/competency-standard.resolver.js';
import { CompetencyResolver } from './resolvers/competency.resolver.js';
import { CurrentLevelResolver } from './resolvers/current-level.resolver.js';
import { DegreeStudyMutationResolver } from './resolvers/degree-study-mutation.resolver.js';
import { DegreeStudyReportResolver, DegreeStudyResolver } from './resolvers/degree-study.resolver.js';
import { EmployeeFieldsResolver } from './resolvers/employee-fields.resolver.js';
import {
  EmployeeHistoryResolver,
  PositionHistoryResolver,
  RankHistoryResolver,
} from './resolvers/employee-history.resolver.js';
import { EmployeeMutationResolver } from './resolvers/employee-mutation.resolver.js';
import { EmployeePersonalResolver } from './resolvers/employee-personal.resolver.js';
import { EmployeeReadinessResolver } from './resolvers/employee-readiness.resolver.js';
import { EmployeeResolver } from './resolvers/employee.resolver.js';
import { HistoryMutationResolver } from './resolvers/history-mutation.resolver.js';
import { MentorSuggestionResolver } from './resolvers/mentor-suggestion.resolver.js';
import { MentorshipLogMutationResolver } from './resolvers/mentorship-log-mutation.resolver.js';
import { MentorshipMutationResolver } from './resolvers/mentorship-mutation.resolver.js';
import { MentorshipResolver } from './resolvers/mentorship.resolver.js';
import { PositionStandardMutationResolver } from './resolvers/position-standard-mutation.resolver.js';
import { PositionResolver } from './resolvers/position.resolver.js';
import { resolveAgencyReference } from './resolvers/agency.reference.js';
import { resolveCareerOptionReference } from './resolvers/career-option.reference.js';
import { resolveCompetencyReference } from './resolvers/competency.reference.js';
import { resolveEmployeeReference } from './resolvers/employee.reference.js';
import { resolvePositionReference } from './resolvers/position.reference.js';
import { resolveUnitReference } from './resolvers/unit.reference.js';
import { TeamMatrixCellResolver } from './resolvers/team-matrix-cell.resolver.js';
import { TeamMatrixResolver } from './resolvers/team-matrix.resolver.js';
import { TeamGrowthResolver } from './resolvers/team-growth.resolver.js';
import { TalentGridResolver } from './resolvers/talent-grid.resolver.js';
import { SuccessionResolver } from './resolvers/succession.resolver.js';
import { MasterDataMutationResolver } from './resolvers/master-data-mutation.resolver.js';
import { UnitMutationResolver } from './resolvers/unit-mutation.resolver.js';
import { UnitRecordResolver } from './resolvers/unit-record.resolver.js';
import { UnitReadinessResolver } from './resolvers/unit-readiness.resolver.js';
import { UnitResolver } from './resolvers/unit.resolver.js';

export function buildPersonnelSchema() {
  return buildSubgraph<Context>({
    service: 'personnel',
    resolvers: [
      AgencyResolver,
      UnitResolver,
      UnitReadinessResolver,
      UnitRecordResolver,
      UnitMutationResolver,
      MasterDataMutationResolver,
      PositionResolver,
      PositionStandardMutationResolver,
      CompetencyResolver,
      CompetencyStandardResolver,
      EmployeeResolver,
      EmployeeFieldsResolver,
      EmployeePersonalResolver,
      EmployeeHistoryResolver,
      RankHistoryResolver,
      PositionHistoryResolver,
      EmployeeMutationResolver,
      HistoryMutationResolver,
      CurrentLevelResolver,
      AssessmentResolver,
      AssessmentMutationResolver,
      CareerLadderResolver,
      CareerOptionResolver,
      CareerTargetResolver,
      EmployeeCareerTargetResolver,
      CompetencyGapResolver,
      EmployeeReadinessResolver,
      TeamMatrixResolver,
      TeamMatrixCellResolver,
      TeamGrowthResolver,
      TalentGridResolver,
      SuccessionResolver,
      MentorshipResolver,
      MentorshipMutationResolver,
      DegreeStudyResolver,
      DegreeStudyReportResolver,
      DegreeStudyMutationResolver,
      MentorshipLogMutationResolver,
      MentorSuggestionResolver,
      AccessResolver,
      ApiKeyResolver,
      ReminderSweepResolver,
      AuditActorResolver,
      EmployeeChangeFeedResolver,
      AssessmentChangeFeedResolver,
      RatingChangeFeedResolver,
      RankHistoryChangeFeedResolver,
      PositionHistoryChangeFeedResolver,
      EducationHistoryChangeFeedResolver,
    ],
    references: {
      Employee: resolveEmployeeReference,
      CareerOption: resolveCareerOptionReference,
      Agency: resolveAgencyReference,
      Unit: resolveUnitReference,
      Position: resolvePositionReference,
      Competency: resolveCompetencyReference,
    },
  });
}
