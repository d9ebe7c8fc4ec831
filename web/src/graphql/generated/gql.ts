/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'fragment AdminApiKeyRow on ApiKey {\n  id\n  name\n  scopes\n  createdAt\n  createdBy\n  revokedAt\n}': typeof types.AdminApiKeyRowFragmentDoc;
  'fragment AdminAuditEntry on AuditEntry {\n  id\n  occurredAt\n  actor\n  action\n  entityName\n  entityId\n}': typeof types.AdminAuditEntryFragmentDoc;
  'fragment AdminCatalogProviderRow on Provider {\n  id\n  name\n  kind\n  retiredOn\n  isEditable\n}': typeof types.AdminCatalogProviderRowFragmentDoc;
  'fragment AdminCatalogTrainingRow on Training {\n  id\n  code\n  title\n  description\n  form\n  category\n  jp\n  costPerParticipant\n  retiredOn\n  isEditable\n  provider {\n    id\n    name\n  }\n  competencies {\n    maxLevel\n    competency {\n      id\n      code\n      name\n    }\n  }\n  prerequisites {\n    id\n    code\n    title\n  }\n}': typeof types.AdminCatalogTrainingRowFragmentDoc;
  'fragment AdminCertificateRow on Certificate {\n  id\n  number\n  issuedOn\n  expiresOn\n  status\n  daysUntilExpiry\n  verificationState\n  revocationReason\n  remindedOn\n  employee {\n    id\n    name\n  }\n  scheme {\n    id\n    code\n    name\n  }\n}': typeof types.AdminCertificateRowFragmentDoc;
  'fragment AdminCompetencyEntry on Competency {\n  id\n  code\n  name\n  type\n  definition\n  retiredOn\n  isEditable\n  levels {\n    level\n    descriptor\n  }\n}': typeof types.AdminCompetencyEntryFragmentDoc;
  'fragment AdminEmployeeRecord on Employee {\n  id\n  version\n  nip\n  name\n  employeeType\n  pppkGrade\n  golongan\n  education\n  positionSince\n  performancePredikat\n  potentialScore\n  birthDate\n  appointmentMonth\n  gender\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}': typeof types.AdminEmployeeRecordFragmentDoc;
  'fragment AdminIssuerRow on Issuer {\n  id\n  code\n  name\n  kind\n  retiredOn\n  isEditable\n}': typeof types.AdminIssuerRowFragmentDoc;
  'fragment AdminMentorshipRow on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  mentor {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n}': typeof types.AdminMentorshipRowFragmentDoc;
  'fragment AdminOrgLadderEdge on CareerLadderEdge {\n  id\n  kind\n  minYearsInPosition\n  fromPosition {\n    id\n  }\n  toPosition {\n    id\n  }\n}': typeof types.AdminOrgLadderEdgeFragmentDoc;
  'fragment AdminOrgPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n  minGolongan\n  minEducation\n  retirementAge\n  minPppkGrade\n  minPppkGradeIsDefault\n  defaultMinPppkGrade\n  retiredOn\n  unit {\n    id\n  }\n}': typeof types.AdminOrgPositionFragmentDoc;
  'fragment AdminOrgUnit on Unit {\n  id\n  name\n  depth\n  parent {\n    id\n  }\n}': typeof types.AdminOrgUnitFragmentDoc;
  'fragment AdminRosterRow on Enrolment {\n  id\n  status\n  requestedOn\n  preTestScore\n  postTestScore\n  certificateNumber\n  decisionNote\n  employee {\n    id\n    name\n    nip\n  }\n}': typeof types.AdminRosterRowFragmentDoc;
  'fragment AdminSchemeRow on Scheme {\n  id\n  code\n  name\n  validityMonths\n  nationallyRecognised\n  retiredOn\n  isEditable\n  issuer {\n    id\n    code\n  }\n  certifies {\n    level\n    competency {\n      id\n      code\n      name\n    }\n  }\n  requiredFor {\n    id\n    name\n  }\n}': typeof types.AdminSchemeRowFragmentDoc;
  'fragment AdminSessionRow on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  capacity\n  seatsLeft\n  registrationDeadline\n  cancelledOn\n  cancelReason\n  isEditable\n  training {\n    id\n    code\n    title\n  }\n}': typeof types.AdminSessionRowFragmentDoc;
  'fragment AdminStandardLine on CompetencyStandard {\n  requiredLevel\n  competency {\n    id\n    code\n    name\n    type\n  }\n}': typeof types.AdminStandardLineFragmentDoc;
  'fragment AdminStandardPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n}': typeof types.AdminStandardPositionFragmentDoc;
  'fragment AdminTrainingCompetencyOption on Competency {\n  id\n  code\n  name\n}': typeof types.AdminTrainingCompetencyOptionFragmentDoc;
  'fragment AdminTrainingPrerequisiteOption on Training {\n  id\n  code\n  title\n}': typeof types.AdminTrainingPrerequisiteOptionFragmentDoc;
  'fragment CareerTargetDetail on Employee {\n  id\n  careerTarget {\n    chosenOn\n    position {\n      id\n      name\n    }\n    option {\n      employeeId\n      positionId\n      jpm\n      jpmCategory\n      trainingPlan {\n        totalJp\n        plannedJp\n      }\n    }\n    progress {\n      competenciesMet\n      competencyCount\n      requirementsMet\n      requirementCount\n      complete\n    }\n  }\n}': typeof types.CareerTargetDetailFragmentDoc;
  'fragment ColumnTrainingOption on CompetencyTrainingOption {\n  rank\n  participants\n  cost\n  gapClosed\n  gapClosedPerMillion\n  training {\n    id\n    code\n    title\n  }\n}': typeof types.ColumnTrainingOptionFragmentDoc;
  'fragment DashboardJpRiskRow on JpProjection {\n  earned\n  pending\n  shortfall\n  employee {\n    id\n    name\n    unit {\n      id\n      name\n    }\n  }\n}': typeof types.DashboardJpRiskRowFragmentDoc;
  'fragment DegreeStudyCard on DegreeStudy {\n  id\n  kind\n  level\n  programme\n  institution\n  funding\n  startsOn\n  expectedEndOn\n  status\n  appliedOn\n  managerApprovedOn\n  approvedOn\n  rejectionReason\n  graduatedOn\n  serviceBondMonths\n  serviceBondEndsOn\n  canDecide\n  canGraduate\n  employee {\n    id\n    name\n  }\n  reports {\n    id\n    semester\n    gpa\n    creditsEarned\n    note\n  }\n}': typeof types.DegreeStudyCardFragmentDoc;
  'fragment DevelopmentPlanDetail on DevelopmentPlan {\n  id\n  year\n  status\n  managerNote\n  totalJp\n  totalCost\n  items {\n    id\n    training {\n      id\n      title\n      jp\n      costPerParticipant\n    }\n    session {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n}': typeof types.DevelopmentPlanDetailFragmentDoc;
  'fragment EmployeeCertificates on Employee {\n  certificates {\n    id\n    number\n    issuedOn\n    expiresOn\n    status\n    daysUntilExpiry\n    scheme {\n      id\n      name\n    }\n    issuer {\n      id\n      name\n    }\n  }\n}': typeof types.EmployeeCertificatesFragmentDoc;
  'fragment EmployeeCompetencyLevels on Employee {\n  standardLevels {\n    competencyId\n    requiredLevel\n    currentLevel\n    gap\n    severity\n    source\n    assessedOn\n    stale\n    competency {\n      id\n      code\n      name\n      type\n    }\n  }\n}': typeof types.EmployeeCompetencyLevelsFragmentDoc;
  'fragment EmployeeEnrolments on Employee {\n  enrolments {\n    ...EnrolmentListItem\n    completedOn\n    jpCredited\n    training {\n      id\n      jp\n    }\n  }\n}': typeof types.EmployeeEnrolmentsFragmentDoc;
  'fragment EmployeeJpProgress on Employee {\n  jp(year: $year) {\n    year\n    employeeType\n    earned\n    projected\n    target\n    shortfall\n    cap\n    planJp\n    exceedsCap\n  }\n}': typeof types.EmployeeJpProgressFragmentDoc;
  'fragment EmployeeSummary on Employee {\n  id\n  nip\n  name\n  golongan\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}': typeof types.EmployeeSummaryFragmentDoc;
  'fragment EmployeeTrainingEvidence on Employee {\n  trainingEvidence {\n    level\n    date\n    competency {\n      id\n      name\n    }\n    enrolment {\n      id\n      training {\n        id\n        title\n      }\n    }\n    pastTraining {\n      id\n      title\n    }\n  }\n}': typeof types.EmployeeTrainingEvidenceFragmentDoc;
  'fragment EnrolmentListItem on Enrolment {\n  id\n  status\n  training {\n    id\n    title\n  }\n  session {\n    id\n    startDate\n    endDate\n  }\n}': typeof types.EnrolmentListItemFragmentDoc;
  'fragment GrowthRowDetail on GrowthRow {\n  employee {\n    id\n    name\n  }\n  jpmFrom\n  jpmTo\n  jpmChange\n  levelGain\n  changes {\n    competencyId\n    levelFrom\n    levelTo\n    change\n    competency {\n      id\n      code\n      name\n    }\n  }\n}': typeof types.GrowthRowDetailFragmentDoc;
  'fragment InboxEvaluationItem on Enrolment {\n  id\n  completedOn\n  employee {\n    id\n    name\n  }\n  training {\n    id\n    title\n    competencies {\n      maxLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.InboxEvaluationItemFragmentDoc;
  'fragment JpProjectionPerson on JpProjection {\n  year\n  employeeType\n  earned\n  pending\n  target\n  shortfall\n  cap\n  exceedsCap\n  closable\n  suggestedCost\n  employee {\n    id\n    name\n  }\n  suggestedSessions {\n    jp\n    cost\n    session {\n      id\n      name\n      endDate\n      registrationDeadline\n    }\n    training {\n      id\n      title\n    }\n  }\n}': typeof types.JpProjectionPersonFragmentDoc;
  'fragment MentorSuggestionList on MentorSuggestions {\n  menteeLevel\n  targetLevel\n  menteeLimit\n  suggestions {\n    mentor {\n      id\n      name\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    level\n    assessedOn\n    unitDistance\n    activeMentees\n    freeSlots\n  }\n}': typeof types.MentorSuggestionListFragmentDoc;
  'fragment MentorshipLogCard on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  outcome\n  outcomeNote\n  mentor {\n    id\n    name\n  }\n  mentee {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n  log {\n    id\n    heldOn\n    kind\n    note\n  }\n}': typeof types.MentorshipLogCardFragmentDoc;
  'fragment MyEnrolmentRow on Enrolment {\n  ...EnrolmentListItem\n  requestedOn\n  decisionNote\n  reactionRating\n  postTestScore\n  passedPostTest\n  training {\n    id\n    jp\n  }\n  session {\n    id\n    name\n  }\n}': typeof types.MyEnrolmentRowFragmentDoc;
  'fragment NeedsSurveyAnswer on NeedsSurveyResponse {\n  id\n  forms\n  note\n  submittedOn\n  competencies {\n    id\n    name\n  }\n}': typeof types.NeedsSurveyAnswerFragmentDoc;
  'fragment NotificationItem on Notification {\n  id\n  source\n  kind\n  employeeId\n  subjectId\n  threshold\n  title\n  dueOn\n  createdAt\n  readAt\n}': typeof types.NotificationItemFragmentDoc;
  'fragment PartnershipRow on Partnership {\n  id\n  partnerName\n  partnerKind\n  agreementKind\n  documentNumber\n  scope\n  startsOn\n  endsOn\n  endedOn\n  contactName\n  contactInfo\n  status\n  lastActivityOn\n  participants\n  provider {\n    id\n    name\n  }\n  activities {\n    id\n    kind\n    title\n    heldOn\n    participants\n  }\n}': typeof types.PartnershipRowFragmentDoc;
  'fragment PlacementCard on Placement {\n  id\n  kind\n  hostOrganisation\n  supervisorName\n  supervisorContact\n  startsOn\n  endsOn\n  jp\n  goals\n  status\n  rejectionReason\n  report\n  hostAssessment\n  canDecide\n  canComplete\n  employee {\n    id\n    name\n  }\n  competencies {\n    targetLevel\n    competency {\n      id\n      name\n    }\n  }\n}': typeof types.PlacementCardFragmentDoc;
  'fragment PlacementCompetencyOption on Competency {\n  id\n  name\n}': typeof types.PlacementCompetencyOptionFragmentDoc;
  'fragment SessionSeat on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  seatsLeft\n  registrationDeadline\n  isOpen\n}': typeof types.SessionSeatFragmentDoc;
  'fragment SuccessYearRow on UnitSuccessYear {\n  year\n  trainedMembers\n  trainedAndRated\n  ratingRose\n  ratingRoseShare\n  competencyPairs\n  competencyImproved\n  averageGain\n  satisfactionIndex\n  satisfactionCategory\n  spend\n  jpEarned\n  pnsMembers\n  pnsAtOrAbove\n  jpComplianceShare\n}': typeof types.SuccessYearRowFragmentDoc;
  'fragment SuccessionCandidateItem on SuccessionCandidate {\n  employee {\n    id\n    name\n    position {\n      id\n      name\n    }\n  }\n  talentBox {\n    box\n  }\n  readiness\n  option {\n    employeeId\n    positionId\n    eligibleOn\n    jpm\n    jpmCategory\n  }\n  blockers {\n    kind\n    required\n    actual\n    metOn\n    undatable\n  }\n}': typeof types.SuccessionCandidateItemFragmentDoc;
  'fragment SuccessionPosition on KeyPositionSuccession {\n  position {\n    id\n    name\n    kind\n    unit {\n      id\n      name\n    }\n  }\n  hasReadySuccessor\n  holders {\n    employee {\n      id\n      name\n    }\n    retiresOn\n    retiresSoon\n  }\n  candidates {\n    ...SuccessionCandidateItem\n  }\n}': typeof types.SuccessionPositionFragmentDoc;
  'fragment TalentPerson on Employee {\n  id\n  name\n  position {\n    id\n    name\n  }\n}': typeof types.TalentPersonFragmentDoc;
  'fragment TeamNeedsDemand on TrainingNeeds {\n  needs {\n    competency {\n      id\n      name\n    }\n    employeesBelow\n    totalDeficit\n    surveyRequests\n  }\n  surveyDemand {\n    competency {\n      id\n      name\n    }\n    employees\n    byManager\n  }\n}': typeof types.TeamNeedsDemandFragmentDoc;
  'fragment UnitJpProjectionDetail on UnitJpProjection {\n  year\n  target\n  cap\n  pnsMembers\n  pppkMembers\n  totalShortfall\n  suggestedCost\n  atRisk {\n    ...JpProjectionPerson\n  }\n  overCap {\n    ...JpProjectionPerson\n  }\n}': typeof types.UnitJpProjectionDetailFragmentDoc;
  'mutation AddMentorshipLogEntry($input: AddMentorshipLogEntryInput!) {\n  addMentorshipLogEntry(input: $input) {\n    id\n    heldOn\n    kind\n    note\n  }\n}': typeof types.AddMentorshipLogEntryDocument;
  'mutation AddToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}': typeof types.AddToPlanDocument;
  'mutation AddTrainingsToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    id\n    year\n    status\n    totalJp\n    totalCost\n    items {\n      id\n      training {\n        id\n        title\n        jp\n      }\n      session {\n        id\n        startDate\n        endDate\n      }\n    }\n  }\n}': typeof types.AddTrainingsToPlanDocument;
  'mutation AdminCancelTrainingSession($input: CancelTrainingSessionInput!) {\n  cancelTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}': typeof types.AdminCancelTrainingSessionDocument;
  'mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key\n    apiKey {\n      ...AdminApiKeyRow\n    }\n  }\n}': typeof types.AdminCreateApiKeyDocument;
  'mutation AdminCreateLadderEdge($input: CreateCareerLadderEdgeInput!) {\n  createCareerLadderEdge(input: $input) {\n    ...AdminOrgLadderEdge\n  }\n}': typeof types.AdminCreateLadderEdgeDocument;
  'mutation AdminCreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}': typeof types.AdminCreateUnitDocument;
  'mutation AdminEmployeeImportHistories($input: ImportHistoriesInput!) {\n  importHistories(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}': typeof types.AdminEmployeeImportHistoriesDocument;
  'mutation AdminEmployeeRecordEducation($input: RecordEducationInput!) {\n  recordEducation(input: $input) {\n    id\n  }\n}': typeof types.AdminEmployeeRecordEducationDocument;
  'mutation AdminEmployeeRecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    id\n  }\n}': typeof types.AdminEmployeeRecordPositionDocument;
  'mutation AdminEmployeeRecordRank($input: RecordRankInput!) {\n  recordRank(input: $input) {\n    id\n  }\n}': typeof types.AdminEmployeeRecordRankDocument;
  'mutation AdminEmployeeRecordRating($input: RecordPerformanceRatingInput!) {\n  recordPerformanceRating(input: $input) {\n    id\n  }\n}': typeof types.AdminEmployeeRecordRatingDocument;
  'mutation AdminMoveUnit($input: MoveUnitInput!) {\n  moveUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}': typeof types.AdminMoveUnitDocument;
  'mutation AdminPastTrainingImport($input: ImportPastTrainingsInput!) {\n  importPastTrainings(input: $input) {\n    id\n  }\n}': typeof types.AdminPastTrainingImportDocument;
  'mutation AdminPastTrainingRecord($input: PastTrainingInput!) {\n  recordPastTraining(input: $input) {\n    id\n    status\n  }\n}': typeof types.AdminPastTrainingRecordDocument;
  'mutation AdminPastTrainingReject($input: RejectPastTrainingInput!) {\n  rejectPastTraining(input: $input) {\n    id\n    status\n    rejectionReason\n  }\n}': typeof types.AdminPastTrainingRejectDocument;
  'mutation AdminPastTrainingVerify($input: VerifyPastTrainingInput!) {\n  verifyPastTraining(input: $input) {\n    id\n    status\n  }\n}': typeof types.AdminPastTrainingVerifyDocument;
  'mutation AdminRemindCertificateHolder($input: RemindCertificateHolderInput!) {\n  remindCertificateHolder(input: $input) {\n    ...AdminCertificateRow\n  }\n}': typeof types.AdminRemindCertificateHolderDocument;
  'mutation AdminRemoveLadderEdge($input: RemoveCareerLadderEdgeInput!) {\n  removeCareerLadderEdge(input: $input)\n}': typeof types.AdminRemoveLadderEdgeDocument;
  'mutation AdminRenameUnit($input: RenameUnitInput!) {\n  renameUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}': typeof types.AdminRenameUnitDocument;
  'mutation AdminRetireCompetency($input: RetirePersonnelRowInput!) {\n  retireCompetency(input: $input) {\n    id\n    retiredOn\n  }\n}': typeof types.AdminRetireCompetencyDocument;
  'mutation AdminRetireIssuer($input: RetireIssuerInput!) {\n  retireIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}': typeof types.AdminRetireIssuerDocument;
  'mutation AdminRetirePosition($input: RetirePersonnelRowInput!) {\n  retirePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}': typeof types.AdminRetirePositionDocument;
  'mutation AdminRetireProvider($input: RetireInput!) {\n  retireProvider(input: $input) {\n    id\n    retiredOn\n  }\n}': typeof types.AdminRetireProviderDocument;
  'mutation AdminRetireScheme($input: RetireSchemeInput!) {\n  retireScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}': typeof types.AdminRetireSchemeDocument;
  'mutation AdminRetireTraining($input: RetireInput!) {\n  retireTraining(input: $input) {\n    id\n    retiredOn\n  }\n}': typeof types.AdminRetireTrainingDocument;
  'mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n  revokeApiKey(input: $input) {\n    ...AdminApiKeyRow\n  }\n}': typeof types.AdminRevokeApiKeyDocument;
  'mutation AdminRosterApprove($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}': typeof types.AdminRosterApproveDocument;
  'mutation AdminRosterAttend($input: EnrolmentDecisionInput!) {\n  recordAttendance(input: $input) {\n    ...AdminRosterRow\n  }\n}': typeof types.AdminRosterAttendDocument;
  'mutation AdminRosterReject($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}': typeof types.AdminRosterRejectDocument;
  'mutation AdminRosterResults($input: RecordResultsInput!) {\n  recordResults(input: $input) {\n    ...AdminRosterRow\n  }\n}': typeof types.AdminRosterResultsDocument;
  'mutation AdminSaveCompetency($input: CompetencyInput!) {\n  saveCompetency(input: $input) {\n    ...AdminCompetencyEntry\n  }\n}': typeof types.AdminSaveCompetencyDocument;
  'mutation AdminSaveIssuer($input: IssuerInput!) {\n  saveIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}': typeof types.AdminSaveIssuerDocument;
  'mutation AdminSavePosition($input: PositionInput!) {\n  savePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}': typeof types.AdminSavePositionDocument;
  'mutation AdminSaveProvider($input: ProviderInput!) {\n  saveProvider(input: $input) {\n    ...AdminCatalogProviderRow\n  }\n}': typeof types.AdminSaveProviderDocument;
  'mutation AdminSaveScheme($input: SchemeInput!) {\n  saveScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}': typeof types.AdminSaveSchemeDocument;
  'mutation AdminSaveTraining($input: TrainingInput!) {\n  saveTraining(input: $input) {\n    ...AdminCatalogTrainingRow\n  }\n}': typeof types.AdminSaveTrainingDocument;
  'mutation AdminSetExpiringWindow($input: SetExpiringWindowInput!) {\n  setExpiringWindow(input: $input)\n}': typeof types.AdminSetExpiringWindowDocument;
  'mutation AdminSetJpSettings($input: JpSettingsInput!) {\n  setJpSettings(input: $input) {\n    jpTarget\n  }\n}': typeof types.AdminSetJpSettingsDocument;
  'mutation AdminStartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}': typeof types.AdminStartMentorshipDocument;
  'mutation AdminSweepReminders($agencyId: ID!, $first: Int, $after: String) {\n  sweepReminders(agencyId: $agencyId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        trainingRemindersSwept\n        certificateRemindersSwept\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.AdminSweepRemindersDocument;
  'mutation AdminUpdateAgencySettings($input: AgencySettingsInput!) {\n  updateAgencySettings(input: $input) {\n    id\n  }\n}': typeof types.AdminUpdateAgencySettingsDocument;
  'mutation AdminUpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n  updateTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}': typeof types.AdminUpdateTrainingSessionDocument;
  'mutation AnswerNeedsSurvey($input: AnswerNeedsSurveyInput!) {\n  answerNeedsSurvey(input: $input) {\n    ...NeedsSurveyAnswer\n  }\n}': typeof types.AnswerNeedsSurveyDocument;
  'mutation ApplyDegreeStudy($input: ApplyDegreeStudyInput!) {\n  applyDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}': typeof types.ApplyDegreeStudyDocument;
  'mutation ApproveDegreeStudy($input: DecideDegreeStudyInput!) {\n  approveDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}': typeof types.ApproveDegreeStudyDocument;
  'mutation ApproveDevelopmentPlan($input: PlanDecisionInput!) {\n  approveDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}': typeof types.ApproveDevelopmentPlanDocument;
  'mutation ApproveEnrolment($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}': typeof types.ApproveEnrolmentDocument;
  'mutation ApprovePlacement($input: DecidePlacementInput!) {\n  approvePlacement(input: $input) {\n    ...PlacementCard\n  }\n}': typeof types.ApprovePlacementDocument;
  'mutation CancelEnrolment($input: EnrolmentDecisionInput!) {\n  cancelEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}': typeof types.CancelEnrolmentDocument;
  'mutation ChooseCareerTarget($input: ChooseCareerTargetInput!) {\n  chooseCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}': typeof types.ChooseCareerTargetDocument;
  'mutation ClearCareerTarget($input: ClearCareerTargetInput!) {\n  clearCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}': typeof types.ClearCareerTargetDocument;
  'mutation CloseReassessmentProposal($input: CloseReassessmentProposalInput!) {\n  closeReassessmentProposal(input: $input) {\n    id\n    reassessmentClosedOn\n  }\n}': typeof types.CloseReassessmentProposalDocument;
  'mutation CompletePlacement($input: CompletePlacementInput!) {\n  completePlacement(input: $input) {\n    ...PlacementCard\n  }\n}': typeof types.CompletePlacementDocument;
  'mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}': typeof types.CreateEmployeeDocument;
  'mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n  createTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}': typeof types.CreateTrainingSessionDocument;
  'mutation DecideFollowUp($input: DecideFollowUpInput!) {\n  decideFollowUp(input: $input) {\n    id\n    followUpDecision\n  }\n}': typeof types.DecideFollowUpDocument;
  'mutation EndMentorship($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}': typeof types.EndMentorshipDocument;
  'mutation EndMentorshipWithOutcome($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...MentorshipLogCard\n  }\n}': typeof types.EndMentorshipWithOutcomeDocument;
  'mutation EndPartnership($input: EndPartnershipInput!) {\n  endPartnership(input: $input) {\n    ...PartnershipRow\n  }\n}': typeof types.EndPartnershipDocument;
  'mutation GraduateDegreeStudy($input: GraduateDegreeStudyInput!) {\n  graduateDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}': typeof types.GraduateDegreeStudyDocument;
  'mutation ImportAssessments($input: ImportAssessmentsInput!) {\n  importAssessments(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}': typeof types.ImportAssessmentsDocument;
  'mutation MarkNotificationsRead($training: [ID!]!, $certification: [ID!]!) {\n  markTrainingNotificationsRead(notificationIds: $training)\n  markCertificationNotificationsRead(notificationIds: $certification)\n}': typeof types.MarkNotificationsReadDocument;
  'mutation MyPastTrainingSubmit($input: PastTrainingInput!) {\n  submitPastTraining(input: $input) {\n    id\n    status\n  }\n}': typeof types.MyPastTrainingSubmitDocument;
  'mutation OpenNeedsSurvey($input: OpenNeedsSurveyInput!) {\n  openNeedsSurvey(input: $input) {\n    id\n    closesOn\n  }\n}': typeof types.OpenNeedsSurveyDocument;
  'mutation ProposePlacement($input: ProposePlacementInput!) {\n  proposePlacement(input: $input) {\n    ...PlacementCard\n  }\n}': typeof types.ProposePlacementDocument;
  'mutation RateApplication($input: RateApplicationInput!) {\n  rateApplication(input: $input) {\n    id\n    applicationRating\n    followUp\n  }\n}': typeof types.RateApplicationDocument;
  'mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) {\n    id\n    level\n    source\n    assessedOn\n    assessor\n    competency {\n      id\n      name\n    }\n  }\n}': typeof types.RecordAssessmentDocument;
  'mutation RecordCertificate($input: RecordCertificateInput!) {\n  recordCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}': typeof types.RecordCertificateDocument;
  'mutation RecordPartnershipActivity($input: PartnershipActivityInput!) {\n  recordPartnershipActivity(input: $input) {\n    id\n  }\n}': typeof types.RecordPartnershipActivityDocument;
  'mutation RecordReaction($input: RecordReactionInput!) {\n  recordReaction(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}': typeof types.RecordReactionDocument;
  'mutation RejectDegreeStudy($input: DecideDegreeStudyInput!) {\n  rejectDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}': typeof types.RejectDegreeStudyDocument;
  'mutation RejectEnrolment($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}': typeof types.RejectEnrolmentDocument;
  'mutation RejectPlacement($input: DecidePlacementInput!) {\n  rejectPlacement(input: $input) {\n    ...PlacementCard\n  }\n}': typeof types.RejectPlacementDocument;
  'mutation RemoveTrainingFromPlan($input: RemoveTrainingFromPlanInput!) {\n  removeTrainingFromPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}': typeof types.RemoveTrainingFromPlanDocument;
  'mutation RenewCertificate($input: RenewCertificateInput!) {\n  renewCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}': typeof types.RenewCertificateDocument;
  'mutation ReportDegreeStudy($input: ReportDegreeStudyInput!) {\n  reportDegreeStudy(input: $input) {\n    id\n    semester\n  }\n}': typeof types.ReportDegreeStudyDocument;
  'mutation RequestEnrolment($input: RequestEnrolmentInput!) {\n  requestEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}': typeof types.RequestEnrolmentDocument;
  'mutation ReturnDevelopmentPlan($input: PlanDecisionInput!) {\n  returnDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}': typeof types.ReturnDevelopmentPlanDocument;
  'mutation RevokeCertificate($input: RevokeCertificateInput!) {\n  revokeCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}': typeof types.RevokeCertificateDocument;
  'mutation SavePartnership($input: PartnershipInput!) {\n  savePartnership(input: $input) {\n    ...PartnershipRow\n  }\n}': typeof types.SavePartnershipDocument;
  'mutation SetPositionStandard($input: SetPositionStandardInput!) {\n  setPositionStandard(input: $input) {\n    id\n    standard {\n      requiredLevel\n      competency {\n        id\n        code\n        name\n        type\n      }\n    }\n  }\n}': typeof types.SetPositionStandardDocument;
  'mutation SetTrainingBudget($input: SetTrainingBudgetInput!) {\n  setTrainingBudget(input: $input) {\n    id\n    unitId\n    year\n    amount\n  }\n}': typeof types.SetTrainingBudgetDocument;
  'mutation SetUnitSatisfaction($input: SetUnitSatisfactionInput!) {\n  setUnitSatisfaction(input: $input) {\n    id\n    unitId\n    year\n    score\n  }\n}': typeof types.SetUnitSatisfactionDocument;
  'mutation StartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    id\n    startsOn\n    mentor {\n      id\n      name\n    }\n    mentorLevelWarnings {\n      mentorLevel\n      targetLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.StartMentorshipDocument;
  'mutation SubmitDevelopmentPlan($input: PlanDecisionInput!) {\n  submitDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}': typeof types.SubmitDevelopmentPlanDocument;
  'mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}': typeof types.UpdateEmployeeDocument;
  'mutation VerifyCertificate($input: VerifyCertificateInput!) {\n  verifyCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}': typeof types.VerifyCertificateDocument;
  'query AdminAgencySettings($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    timeZone\n    jpmFormula\n    assessmentValidityYears\n    potentialMenengahFrom\n    potentialTinggiFrom\n    mentorMenteeLimit\n    retirementHorizonYears\n    expiringWithinDays\n    jpSettings {\n      jpTarget\n      pppkJpCap\n      postTestPassScore\n      applicationRatingAfterMonths\n      reassessmentProposalMonths\n      partnershipLapsingDays\n      partnershipUnusedMonths\n      source\n    }\n  }\n}': typeof types.AdminAgencySettingsDocument;
  'query AdminApiKeys {\n  apiKeys {\n    ...AdminApiKeyRow\n  }\n}': typeof types.AdminApiKeysDocument;
  'query AdminAuditActors($actors: [String!]!) {\n  auditActors(actors: $actors) {\n    actor\n    name\n  }\n}': typeof types.AdminAuditActorsDocument;
  'query AdminAuditLog($first: Int!, $actor: String, $action: String, $entityName: String, $since: String, $until: String, $personnelBefore: ID, $trainingBefore: ID, $certificationBefore: ID) {\n  personnelAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $personnelBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  trainingAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $trainingBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  certificationAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $certificationBefore\n  ) {\n    ...AdminAuditEntry\n  }\n}': typeof types.AdminAuditLogDocument;
  'query AdminCatalogOptions {\n  trainingProviders(includeRetired: true) {\n    ...AdminCatalogProviderRow\n  }\n  competencies {\n    ...AdminTrainingCompetencyOption\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        ...AdminTrainingPrerequisiteOption\n      }\n    }\n  }\n}': typeof types.AdminCatalogOptionsDocument;
  'query AdminCatalogTrainings($filter: TrainingFilter, $after: String) {\n  trainings(first: 50, filter: $filter, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...AdminCatalogTrainingRow\n      }\n    }\n  }\n}': typeof types.AdminCatalogTrainingsDocument;
  'query AdminCertificates($filter: CertificateFilter) {\n  certificates(first: 50, filter: $filter) {\n    totalCount\n    edges {\n      node {\n        ...AdminCertificateRow\n      }\n    }\n  }\n  schemes(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        validityMonths\n      }\n    }\n  }\n}': typeof types.AdminCertificatesDocument;
  'query AdminCompetencies {\n  competencies {\n    ...AdminCompetencyEntry\n  }\n}': typeof types.AdminCompetenciesDocument;
  'query AdminDashboard($agencyId: ID!, $year: Int!, $nextYear: Int!) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n    jpmCategoryShares {\n      category\n      count\n    }\n    jpCompliance(year: $year) {\n      target\n      members\n      atOrAbove\n      below\n      none\n      pppkCap\n      pppkMembers\n      pppkWithinCap\n      pppkOverCap\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n    }\n    pendingEnrolments {\n      id\n    }\n    submittedPlans(years: [$year, $nextYear]) {\n      id\n    }\n    trainingSpend(year: $year) {\n      budget\n      committed\n    }\n  }\n}': typeof types.AdminDashboardDocument;
  'query AdminDashboardJpRisk($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    jpProjection {\n      atRisk {\n        ...DashboardJpRiskRow\n      }\n    }\n  }\n}': typeof types.AdminDashboardJpRiskDocument;
  'query AdminDashboardTrends($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    jpmCategoryTrend(years: $years) {\n      year\n      shares {\n        category\n        count\n        share\n      }\n    }\n    successTrend(years: $years) {\n      year\n      spend\n      pnsMembers\n      pnsAtOrAbove\n      jpComplianceShare\n    }\n  }\n}': typeof types.AdminDashboardTrendsDocument;
  'query AdminEmployee($id: ID!) {\n  employee(id: $id) {\n    ...AdminEmployeeRecord\n  }\n}': typeof types.AdminEmployeeDocument;
  'query AdminEmployeeHistories($id: ID!) {\n  employee(id: $id) {\n    id\n    employeeType\n    performanceRatings {\n      id\n      year\n      predikat\n      ratedBy\n    }\n    rankHistory {\n      id\n      tmt\n      decreeNumber\n      golongan\n      pppkGrade\n    }\n    positionHistory {\n      id\n      fromDate\n      toDate\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    educationHistory {\n      id\n      level\n      field\n      institution\n      year\n    }\n  }\n}': typeof types.AdminEmployeeHistoriesDocument;
  'query AdminJpProjection($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    rootUnits {\n      id\n      name\n      jpProjection {\n        ...UnitJpProjectionDetail\n      }\n    }\n  }\n}': typeof types.AdminJpProjectionDocument;
  'query AdminMentorships($menteeId: ID!) {\n  employee(id: $menteeId) {\n    id\n    name\n    mentors {\n      ...AdminMentorshipRow\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}': typeof types.AdminMentorshipsDocument;
  'query AdminOrganisation($agencyId: ID!) {\n  units(agencyId: $agencyId) {\n    ...AdminOrgUnit\n  }\n  positions(agencyId: $agencyId, includeRetired: true) {\n    ...AdminOrgPosition\n  }\n  careerLadder(agencyId: $agencyId) {\n    ...AdminOrgLadderEdge\n  }\n}': typeof types.AdminOrganisationDocument;
  'query AdminPartnerships {\n  partnerships {\n    ...PartnershipRow\n  }\n}': typeof types.AdminPartnershipsDocument;
  'query AdminPastTrainingQueue {\n  pastTrainingsToVerify {\n    id\n    title\n    category\n    startDate\n    endDate\n    jp\n    providerName\n    certificateNumber\n    employee {\n      id\n      name\n    }\n  }\n}': typeof types.AdminPastTrainingQueueDocument;
  'query AdminPositionStandard($positionId: ID!) {\n  positionStandard(positionId: $positionId) {\n    ...AdminStandardLine\n  }\n}': typeof types.AdminPositionStandardDocument;
  'query AdminPositions($agencyId: ID!) {\n  positions(agencyId: $agencyId) {\n    id\n    name\n    minGolongan\n    minEducation\n    unit {\n      id\n    }\n    ...AdminStandardPosition\n  }\n}': typeof types.AdminPositionsDocument;
  'query AdminSchemeCatalog($search: String, $agencyId: ID!) {\n  schemes(first: 40, filter: {includeRetired: true, search: $search}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSchemeRow\n      }\n    }\n  }\n  issuers(includeRetired: true) {\n    ...AdminIssuerRow\n  }\n  competencies {\n    id\n    code\n    name\n  }\n  positions(agencyId: $agencyId) {\n    id\n    name\n  }\n}': typeof types.AdminSchemeCatalogDocument;
  'query AdminSessionRoster($id: ID!) {\n  session(id: $id) {\n    ...AdminSessionRow\n    enrolments {\n      ...AdminRosterRow\n    }\n  }\n}': typeof types.AdminSessionRosterDocument;
  'query AdminTrainingEvaluations($after: String) {\n  trainings(first: 50, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        code\n        title\n        evaluation {\n          participants\n          averageReaction\n          averageLearningGain\n          applyingShare\n          ratedForApplication\n          followUps {\n            id\n            applicationRating\n            followUp\n            employee {\n              id\n              name\n            }\n            session {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}': typeof types.AdminTrainingEvaluationsDocument;
  'query AdminTrainingSessions($startsFrom: Date!) {\n  sessions(first: 20, filter: {startsFrom: $startsFrom}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSessionRow\n      }\n    }\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        id\n        code\n        title\n        jp\n        category\n      }\n    }\n  }\n}': typeof types.AdminTrainingSessionsDocument;
  'query AdminUnitBudget($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n    }\n  }\n}': typeof types.AdminUnitBudgetDocument;
  'query AdminUnitSuccess($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    name\n    successTrend(years: $years) {\n      ...SuccessYearRow\n    }\n  }\n}': typeof types.AdminUnitSuccessDocument;
  'query CareerOptions($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    position {\n      id\n      name\n    }\n    careerPlanEmptyReason\n    careerOptions {\n      employeeId\n      positionId\n      kind\n      rank\n      jpm\n      jpmCategory\n      eligibleOn\n      position {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      path {\n        id\n        name\n      }\n      gaps {\n        competencyId\n        requiredLevel\n        currentLevel\n        gap\n        competency {\n          id\n          name\n          certifyingSchemes {\n            id\n            name\n          }\n        }\n      }\n      requirements {\n        kind\n        met\n        required\n        actual\n        metOn\n      }\n      trainingPlan {\n        leadershipTrainingCode\n        leadershipMet\n        steps {\n          training {\n            id\n            title\n            jp\n            costPerParticipant\n          }\n          competency {\n            id\n            name\n          }\n          nextSession {\n            id\n            startDate\n            endDate\n          }\n        }\n        uncovered {\n          id\n          name\n        }\n        totalJp\n        totalCost\n        earliestEligibleDate\n      }\n      certification {\n        requirements {\n          met\n          scheme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}': typeof types.CareerOptionsDocument;
  'query CareerTarget($employeeId: ID!) {\n  employee(id: $employeeId) {\n    ...CareerTargetDetail\n  }\n}': typeof types.CareerTargetDocument;
  'query CompetencyDevelopment($id: ID!) {\n  competency(id: $id) {\n    id\n    code\n    name\n    developingTrainings {\n      id\n      title\n      form\n      jp\n      costPerParticipant\n      provider {\n        id\n        name\n      }\n      sessions {\n        id\n        name\n        startDate\n        endDate\n        isOpen\n      }\n    }\n    certifyingSchemes {\n      id\n      name\n      validityMonths\n      issuer {\n        id\n        name\n      }\n    }\n  }\n}': typeof types.CompetencyDevelopmentDocument;
  'query CompetencyOptions {\n  competencies {\n    id\n    code\n    name\n    ...PlacementCompetencyOption\n  }\n}': typeof types.CompetencyOptionsDocument;
  'query DegreeStudies {\n  degreeStudies {\n    ...DegreeStudyCard\n  }\n}': typeof types.DegreeStudiesDocument;
  'query DemoUsers {\n  demoUsers {\n    username\n    displayName\n    role\n    agencyName\n    employeeName\n  }\n}': typeof types.DemoUsersDocument;
  'query EmployeeJpProjection($id: ID!) {\n  employee(id: $id) {\n    id\n    jpProjection {\n      ...JpProjectionPerson\n    }\n  }\n}': typeof types.EmployeeJpProjectionDocument;
  'query EmployeeMentorships($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    mentees {\n      ...MentorshipLogCard\n    }\n    mentors {\n      ...MentorshipLogCard\n    }\n  }\n}': typeof types.EmployeeMentorshipsDocument;
  'query EmployeeProfile($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    ...EmployeeSummary\n    employeeType\n    education\n    pangkat\n    positionSince\n    performancePredikat\n    position {\n      id\n      kind\n    }\n    agency {\n      id\n      name\n    }\n    talentBox {\n      box\n    }\n    jpm\n    jpmCategory\n    ...EmployeeCompetencyLevels\n    ...EmployeeJpProgress\n    ...EmployeeCertificates\n    ...EmployeeEnrolments\n    ...EmployeeTrainingEvidence\n  }\n}': typeof types.EmployeeProfileDocument;
  'query Employees($first: Int!, $after: String, $filter: EmployeeFilter!) {\n  employees(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EmployeeSummary\n      }\n    }\n  }\n}': typeof types.EmployeesDocument;
  'query ManagerInbox($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    pendingEnrolments {\n      id\n      status\n      requestedOn\n      employee {\n        id\n        name\n      }\n      training {\n        id\n        title\n        jp\n        costPerParticipant\n      }\n      session {\n        id\n        name\n        startDate\n        endDate\n      }\n    }\n    submittedPlans(years: $years) {\n      ...DevelopmentPlanDetail\n      employee {\n        id\n        name\n      }\n    }\n    applicationRatingsDue {\n      ...InboxEvaluationItem\n    }\n    followUpProposals {\n      ...InboxEvaluationItem\n      applicationRating\n      applicationRatedOn\n      followUp\n    }\n    reassessmentProposals {\n      ...InboxEvaluationItem\n      postTestScore\n    }\n  }\n}': typeof types.ManagerInboxDocument;
  'query MentorGaps($unitId: ID!) {\n  teamMatrix(input: {unitId: $unitId, includeSubUnits: true}) {\n    columns {\n      competencyId\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        competencyId\n        requiredLevel\n        currentLevel\n      }\n    }\n  }\n}': typeof types.MentorGapsDocument;
  'query MentorSuggestions($employeeId: ID!, $competencyId: ID!) {\n  mentorSuggestions(employeeId: $employeeId, competencyId: $competencyId) {\n    ...MentorSuggestionList\n  }\n}': typeof types.MentorSuggestionsDocument;
  'query MyNeedsSurvey($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      myResponse {\n        ...NeedsSurveyAnswer\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}': typeof types.MyNeedsSurveyDocument;
  'query MyNotifications($id: ID!) {\n  employee(id: $id) {\n    id\n    trainingNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n    certificationNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n  }\n}': typeof types.MyNotificationsDocument;
  'query MyPastTrainings($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    jp(year: $year) {\n      year\n      earned\n    }\n    pastTrainings {\n      id\n      title\n      category\n      startDate\n      endDate\n      jp\n      providerName\n      certificateNumber\n      status\n      rejectionReason\n    }\n  }\n}': typeof types.MyPastTrainingsDocument;
  'query MyTraining($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    id\n    enrolments {\n      ...MyEnrolmentRow\n      session {\n        ...SessionSeat\n      }\n    }\n    developmentPlan(year: $year) {\n      ...DevelopmentPlanDetail\n    }\n  }\n}': typeof types.MyTrainingDocument;
  'query Placements {\n  placements {\n    ...PlacementCard\n  }\n}': typeof types.PlacementsDocument;
  'query SiasnKursusEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}': typeof types.SiasnKursusEmployeeDocument;
  'query SiasnKursusUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}': typeof types.SiasnKursusUnitDocument;
  'query SiasnSertifikasiEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}': typeof types.SiasnSertifikasiEmployeeDocument;
  'query SiasnSertifikasiUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}': typeof types.SiasnSertifikasiUnitDocument;
  'query SuccessionPlan($agencyId: ID!, $unitId: ID) {\n  successionPlan(agencyId: $agencyId, unitId: $unitId) {\n    today\n    retirementHorizonYears\n    poolSize\n    withoutReadySuccessor\n    positions {\n      ...SuccessionPosition\n    }\n  }\n}': typeof types.SuccessionPlanDocument;
  'query TalentGrid($unitId: ID!, $includeSubUnits: Boolean!) {\n  talentGrid(unitId: $unitId, includeSubUnits: $includeSubUnits) {\n    unit {\n      id\n      name\n    }\n    employeeCount\n    boxes {\n      box\n      kinerja\n      potensial\n      inTalentPool\n      employees {\n        ...TalentPerson\n      }\n    }\n    unplaced {\n      ...TalentPerson\n    }\n  }\n}': typeof types.TalentGridDocument;
  'query TeamColumnNeeds($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      needs {\n        competency {\n          id\n        }\n        employeesBelow\n        totalDeficit\n        trainings {\n          ...ColumnTrainingOption\n        }\n      }\n    }\n  }\n}': typeof types.TeamColumnNeedsDocument;
  'query TeamGrowth($input: TeamGrowthInput!) {\n  teamGrowth(input: $input) {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}': typeof types.TeamGrowthDocument;
  'query TeamJpProjection($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpProjection {\n      ...UnitJpProjectionDetail\n    }\n  }\n}': typeof types.TeamJpProjectionDocument;
  'query TeamMatrix($input: TeamMatrixInput!) {\n  teamMatrix(input: $input) {\n    unit {\n      id\n      name\n    }\n    columns {\n      competencyId\n      employeesRequired\n      belowStandard\n      meanGap\n      worstGap\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n        nip\n        trainingEvidence {\n          level\n          date\n          competency {\n            id\n          }\n        }\n      }\n      position {\n        id\n        name\n      }\n      jpm\n      jpmCategory\n      talentBox {\n        box\n      }\n      requiredLevels\n      currentLevels\n      staleLevels\n    }\n    categoryShares {\n      category\n      count\n      share\n    }\n    levelPairs {\n      requiredLevel\n      currentLevel\n      severity\n    }\n  }\n}': typeof types.TeamMatrixDocument;
  'query TeamMostImproved($unitId: ID!, $year: Int!) {\n  mostImproved(unitId: $unitId, year: $year) {\n    from\n    to\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}': typeof types.TeamMostImprovedDocument;
  'query TeamNeedsSurvey($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      canManage\n      responses {\n        ...NeedsSurveyAnswer\n        source\n        employee {\n          id\n          name\n        }\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}': typeof types.TeamNeedsSurveyDocument;
  'query TeamOverview($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpCompliance(year: $year) {\n      year\n      target\n      members\n      atOrAbove\n      below\n      none\n      totalShortfall\n    }\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n      ...TeamNeedsDemand\n      recommendations {\n        rank\n        participants\n        cost\n        gapClosed\n        training {\n          id\n          title\n        }\n      }\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n      employee {\n        id\n        name\n      }\n      scheme {\n        id\n        name\n      }\n    }\n  }\n  employees(\n    first: 100\n    filter: {unitId: $unitId, includeSubUnits: true}\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        jp(year: $year) {\n          employeeType\n          earned\n          projected\n          target\n          shortfall\n          cap\n          exceedsCap\n        }\n      }\n    }\n  }\n}': typeof types.TeamOverviewDocument;
  'query TrainingCatalog($first: Int!, $filter: TrainingFilter) {\n  trainings(first: $first, filter: $filter) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        code\n        title\n        form\n        category\n        jp\n        costPerParticipant\n        provider {\n          id\n          name\n        }\n        competencies {\n          maxLevel\n          competency {\n            id\n            code\n            name\n          }\n        }\n        sessions {\n          ...SessionSeat\n        }\n      }\n    }\n  }\n}': typeof types.TrainingCatalogDocument;
  'query Units($agencyId: ID) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n  }\n}': typeof types.UnitsDocument;
};
const documents: Documents = {
  'fragment AdminApiKeyRow on ApiKey {\n  id\n  name\n  scopes\n  createdAt\n  createdBy\n  revokedAt\n}':
    types.AdminApiKeyRowFragmentDoc,
  'fragment AdminAuditEntry on AuditEntry {\n  id\n  occurredAt\n  actor\n  action\n  entityName\n  entityId\n}':
    types.AdminAuditEntryFragmentDoc,
  'fragment AdminCatalogProviderRow on Provider {\n  id\n  name\n  kind\n  retiredOn\n  isEditable\n}':
    types.AdminCatalogProviderRowFragmentDoc,
  'fragment AdminCatalogTrainingRow on Training {\n  id\n  code\n  title\n  description\n  form\n  category\n  jp\n  costPerParticipant\n  retiredOn\n  isEditable\n  provider {\n    id\n    name\n  }\n  competencies {\n    maxLevel\n    competency {\n      id\n      code\n      name\n    }\n  }\n  prerequisites {\n    id\n    code\n    title\n  }\n}':
    types.AdminCatalogTrainingRowFragmentDoc,
  'fragment AdminCertificateRow on Certificate {\n  id\n  number\n  issuedOn\n  expiresOn\n  status\n  daysUntilExpiry\n  verificationState\n  revocationReason\n  remindedOn\n  employee {\n    id\n    name\n  }\n  scheme {\n    id\n    code\n    name\n  }\n}':
    types.AdminCertificateRowFragmentDoc,
  'fragment AdminCompetencyEntry on Competency {\n  id\n  code\n  name\n  type\n  definition\n  retiredOn\n  isEditable\n  levels {\n    level\n    descriptor\n  }\n}':
    types.AdminCompetencyEntryFragmentDoc,
  'fragment AdminEmployeeRecord on Employee {\n  id\n  version\n  nip\n  name\n  employeeType\n  pppkGrade\n  golongan\n  education\n  positionSince\n  performancePredikat\n  potentialScore\n  birthDate\n  appointmentMonth\n  gender\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}':
    types.AdminEmployeeRecordFragmentDoc,
  'fragment AdminIssuerRow on Issuer {\n  id\n  code\n  name\n  kind\n  retiredOn\n  isEditable\n}':
    types.AdminIssuerRowFragmentDoc,
  'fragment AdminMentorshipRow on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  mentor {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n}':
    types.AdminMentorshipRowFragmentDoc,
  'fragment AdminOrgLadderEdge on CareerLadderEdge {\n  id\n  kind\n  minYearsInPosition\n  fromPosition {\n    id\n  }\n  toPosition {\n    id\n  }\n}':
    types.AdminOrgLadderEdgeFragmentDoc,
  'fragment AdminOrgPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n  minGolongan\n  minEducation\n  retirementAge\n  minPppkGrade\n  minPppkGradeIsDefault\n  defaultMinPppkGrade\n  retiredOn\n  unit {\n    id\n  }\n}':
    types.AdminOrgPositionFragmentDoc,
  'fragment AdminOrgUnit on Unit {\n  id\n  name\n  depth\n  parent {\n    id\n  }\n}': types.AdminOrgUnitFragmentDoc,
  'fragment AdminRosterRow on Enrolment {\n  id\n  status\n  requestedOn\n  preTestScore\n  postTestScore\n  certificateNumber\n  decisionNote\n  employee {\n    id\n    name\n    nip\n  }\n}':
    types.AdminRosterRowFragmentDoc,
  'fragment AdminSchemeRow on Scheme {\n  id\n  code\n  name\n  validityMonths\n  nationallyRecognised\n  retiredOn\n  isEditable\n  issuer {\n    id\n    code\n  }\n  certifies {\n    level\n    competency {\n      id\n      code\n      name\n    }\n  }\n  requiredFor {\n    id\n    name\n  }\n}':
    types.AdminSchemeRowFragmentDoc,
  'fragment AdminSessionRow on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  capacity\n  seatsLeft\n  registrationDeadline\n  cancelledOn\n  cancelReason\n  isEditable\n  training {\n    id\n    code\n    title\n  }\n}':
    types.AdminSessionRowFragmentDoc,
  'fragment AdminStandardLine on CompetencyStandard {\n  requiredLevel\n  competency {\n    id\n    code\n    name\n    type\n  }\n}':
    types.AdminStandardLineFragmentDoc,
  'fragment AdminStandardPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n}':
    types.AdminStandardPositionFragmentDoc,
  'fragment AdminTrainingCompetencyOption on Competency {\n  id\n  code\n  name\n}':
    types.AdminTrainingCompetencyOptionFragmentDoc,
  'fragment AdminTrainingPrerequisiteOption on Training {\n  id\n  code\n  title\n}':
    types.AdminTrainingPrerequisiteOptionFragmentDoc,
  'fragment CareerTargetDetail on Employee {\n  id\n  careerTarget {\n    chosenOn\n    position {\n      id\n      name\n    }\n    option {\n      employeeId\n      positionId\n      jpm\n      jpmCategory\n      trainingPlan {\n        totalJp\n        plannedJp\n      }\n    }\n    progress {\n      competenciesMet\n      competencyCount\n      requirementsMet\n      requirementCount\n      complete\n    }\n  }\n}':
    types.CareerTargetDetailFragmentDoc,
  'fragment ColumnTrainingOption on CompetencyTrainingOption {\n  rank\n  participants\n  cost\n  gapClosed\n  gapClosedPerMillion\n  training {\n    id\n    code\n    title\n  }\n}':
    types.ColumnTrainingOptionFragmentDoc,
  'fragment DashboardJpRiskRow on JpProjection {\n  earned\n  pending\n  shortfall\n  employee {\n    id\n    name\n    unit {\n      id\n      name\n    }\n  }\n}':
    types.DashboardJpRiskRowFragmentDoc,
  'fragment DegreeStudyCard on DegreeStudy {\n  id\n  kind\n  level\n  programme\n  institution\n  funding\n  startsOn\n  expectedEndOn\n  status\n  appliedOn\n  managerApprovedOn\n  approvedOn\n  rejectionReason\n  graduatedOn\n  serviceBondMonths\n  serviceBondEndsOn\n  canDecide\n  canGraduate\n  employee {\n    id\n    name\n  }\n  reports {\n    id\n    semester\n    gpa\n    creditsEarned\n    note\n  }\n}':
    types.DegreeStudyCardFragmentDoc,
  'fragment DevelopmentPlanDetail on DevelopmentPlan {\n  id\n  year\n  status\n  managerNote\n  totalJp\n  totalCost\n  items {\n    id\n    training {\n      id\n      title\n      jp\n      costPerParticipant\n    }\n    session {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n}':
    types.DevelopmentPlanDetailFragmentDoc,
  'fragment EmployeeCertificates on Employee {\n  certificates {\n    id\n    number\n    issuedOn\n    expiresOn\n    status\n    daysUntilExpiry\n    scheme {\n      id\n      name\n    }\n    issuer {\n      id\n      name\n    }\n  }\n}':
    types.EmployeeCertificatesFragmentDoc,
  'fragment EmployeeCompetencyLevels on Employee {\n  standardLevels {\n    competencyId\n    requiredLevel\n    currentLevel\n    gap\n    severity\n    source\n    assessedOn\n    stale\n    competency {\n      id\n      code\n      name\n      type\n    }\n  }\n}':
    types.EmployeeCompetencyLevelsFragmentDoc,
  'fragment EmployeeEnrolments on Employee {\n  enrolments {\n    ...EnrolmentListItem\n    completedOn\n    jpCredited\n    training {\n      id\n      jp\n    }\n  }\n}':
    types.EmployeeEnrolmentsFragmentDoc,
  'fragment EmployeeJpProgress on Employee {\n  jp(year: $year) {\n    year\n    employeeType\n    earned\n    projected\n    target\n    shortfall\n    cap\n    planJp\n    exceedsCap\n  }\n}':
    types.EmployeeJpProgressFragmentDoc,
  'fragment EmployeeSummary on Employee {\n  id\n  nip\n  name\n  golongan\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}':
    types.EmployeeSummaryFragmentDoc,
  'fragment EmployeeTrainingEvidence on Employee {\n  trainingEvidence {\n    level\n    date\n    competency {\n      id\n      name\n    }\n    enrolment {\n      id\n      training {\n        id\n        title\n      }\n    }\n    pastTraining {\n      id\n      title\n    }\n  }\n}':
    types.EmployeeTrainingEvidenceFragmentDoc,
  'fragment EnrolmentListItem on Enrolment {\n  id\n  status\n  training {\n    id\n    title\n  }\n  session {\n    id\n    startDate\n    endDate\n  }\n}':
    types.EnrolmentListItemFragmentDoc,
  'fragment GrowthRowDetail on GrowthRow {\n  employee {\n    id\n    name\n  }\n  jpmFrom\n  jpmTo\n  jpmChange\n  levelGain\n  changes {\n    competencyId\n    levelFrom\n    levelTo\n    change\n    competency {\n      id\n      code\n      name\n    }\n  }\n}':
    types.GrowthRowDetailFragmentDoc,
  'fragment InboxEvaluationItem on Enrolment {\n  id\n  completedOn\n  employee {\n    id\n    name\n  }\n  training {\n    id\n    title\n    competencies {\n      maxLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}':
    types.InboxEvaluationItemFragmentDoc,
  'fragment JpProjectionPerson on JpProjection {\n  year\n  employeeType\n  earned\n  pending\n  target\n  shortfall\n  cap\n  exceedsCap\n  closable\n  suggestedCost\n  employee {\n    id\n    name\n  }\n  suggestedSessions {\n    jp\n    cost\n    session {\n      id\n      name\n      endDate\n      registrationDeadline\n    }\n    training {\n      id\n      title\n    }\n  }\n}':
    types.JpProjectionPersonFragmentDoc,
  'fragment MentorSuggestionList on MentorSuggestions {\n  menteeLevel\n  targetLevel\n  menteeLimit\n  suggestions {\n    mentor {\n      id\n      name\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    level\n    assessedOn\n    unitDistance\n    activeMentees\n    freeSlots\n  }\n}':
    types.MentorSuggestionListFragmentDoc,
  'fragment MentorshipLogCard on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  outcome\n  outcomeNote\n  mentor {\n    id\n    name\n  }\n  mentee {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n  log {\n    id\n    heldOn\n    kind\n    note\n  }\n}':
    types.MentorshipLogCardFragmentDoc,
  'fragment MyEnrolmentRow on Enrolment {\n  ...EnrolmentListItem\n  requestedOn\n  decisionNote\n  reactionRating\n  postTestScore\n  passedPostTest\n  training {\n    id\n    jp\n  }\n  session {\n    id\n    name\n  }\n}':
    types.MyEnrolmentRowFragmentDoc,
  'fragment NeedsSurveyAnswer on NeedsSurveyResponse {\n  id\n  forms\n  note\n  submittedOn\n  competencies {\n    id\n    name\n  }\n}':
    types.NeedsSurveyAnswerFragmentDoc,
  'fragment NotificationItem on Notification {\n  id\n  source\n  kind\n  employeeId\n  subjectId\n  threshold\n  title\n  dueOn\n  createdAt\n  readAt\n}':
    types.NotificationItemFragmentDoc,
  'fragment PartnershipRow on Partnership {\n  id\n  partnerName\n  partnerKind\n  agreementKind\n  documentNumber\n  scope\n  startsOn\n  endsOn\n  endedOn\n  contactName\n  contactInfo\n  status\n  lastActivityOn\n  participants\n  provider {\n    id\n    name\n  }\n  activities {\n    id\n    kind\n    title\n    heldOn\n    participants\n  }\n}':
    types.PartnershipRowFragmentDoc,
  'fragment PlacementCard on Placement {\n  id\n  kind\n  hostOrganisation\n  supervisorName\n  supervisorContact\n  startsOn\n  endsOn\n  jp\n  goals\n  status\n  rejectionReason\n  report\n  hostAssessment\n  canDecide\n  canComplete\n  employee {\n    id\n    name\n  }\n  competencies {\n    targetLevel\n    competency {\n      id\n      name\n    }\n  }\n}':
    types.PlacementCardFragmentDoc,
  'fragment PlacementCompetencyOption on Competency {\n  id\n  name\n}': types.PlacementCompetencyOptionFragmentDoc,
  'fragment SessionSeat on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  seatsLeft\n  registrationDeadline\n  isOpen\n}':
    types.SessionSeatFragmentDoc,
  'fragment SuccessYearRow on UnitSuccessYear {\n  year\n  trainedMembers\n  trainedAndRated\n  ratingRose\n  ratingRoseShare\n  competencyPairs\n  competencyImproved\n  averageGain\n  satisfactionIndex\n  satisfactionCategory\n  spend\n  jpEarned\n  pnsMembers\n  pnsAtOrAbove\n  jpComplianceShare\n}':
    types.SuccessYearRowFragmentDoc,
  'fragment SuccessionCandidateItem on SuccessionCandidate {\n  employee {\n    id\n    name\n    position {\n      id\n      name\n    }\n  }\n  talentBox {\n    box\n  }\n  readiness\n  option {\n    employeeId\n    positionId\n    eligibleOn\n    jpm\n    jpmCategory\n  }\n  blockers {\n    kind\n    required\n    actual\n    metOn\n    undatable\n  }\n}':
    types.SuccessionCandidateItemFragmentDoc,
  'fragment SuccessionPosition on KeyPositionSuccession {\n  position {\n    id\n    name\n    kind\n    unit {\n      id\n      name\n    }\n  }\n  hasReadySuccessor\n  holders {\n    employee {\n      id\n      name\n    }\n    retiresOn\n    retiresSoon\n  }\n  candidates {\n    ...SuccessionCandidateItem\n  }\n}':
    types.SuccessionPositionFragmentDoc,
  'fragment TalentPerson on Employee {\n  id\n  name\n  position {\n    id\n    name\n  }\n}':
    types.TalentPersonFragmentDoc,
  'fragment TeamNeedsDemand on TrainingNeeds {\n  needs {\n    competency {\n      id\n      name\n    }\n    employeesBelow\n    totalDeficit\n    surveyRequests\n  }\n  surveyDemand {\n    competency {\n      id\n      name\n    }\n    employees\n    byManager\n  }\n}':
    types.TeamNeedsDemandFragmentDoc,
  'fragment UnitJpProjectionDetail on UnitJpProjection {\n  year\n  target\n  cap\n  pnsMembers\n  pppkMembers\n  totalShortfall\n  suggestedCost\n  atRisk {\n    ...JpProjectionPerson\n  }\n  overCap {\n    ...JpProjectionPerson\n  }\n}':
    types.UnitJpProjectionDetailFragmentDoc,
  'mutation AddMentorshipLogEntry($input: AddMentorshipLogEntryInput!) {\n  addMentorshipLogEntry(input: $input) {\n    id\n    heldOn\n    kind\n    note\n  }\n}':
    types.AddMentorshipLogEntryDocument,
  'mutation AddToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}':
    types.AddToPlanDocument,
  'mutation AddTrainingsToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    id\n    year\n    status\n    totalJp\n    totalCost\n    items {\n      id\n      training {\n        id\n        title\n        jp\n      }\n      session {\n        id\n        startDate\n        endDate\n      }\n    }\n  }\n}':
    types.AddTrainingsToPlanDocument,
  'mutation AdminCancelTrainingSession($input: CancelTrainingSessionInput!) {\n  cancelTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}':
    types.AdminCancelTrainingSessionDocument,
  'mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key\n    apiKey {\n      ...AdminApiKeyRow\n    }\n  }\n}':
    types.AdminCreateApiKeyDocument,
  'mutation AdminCreateLadderEdge($input: CreateCareerLadderEdgeInput!) {\n  createCareerLadderEdge(input: $input) {\n    ...AdminOrgLadderEdge\n  }\n}':
    types.AdminCreateLadderEdgeDocument,
  'mutation AdminCreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}':
    types.AdminCreateUnitDocument,
  'mutation AdminEmployeeImportHistories($input: ImportHistoriesInput!) {\n  importHistories(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}':
    types.AdminEmployeeImportHistoriesDocument,
  'mutation AdminEmployeeRecordEducation($input: RecordEducationInput!) {\n  recordEducation(input: $input) {\n    id\n  }\n}':
    types.AdminEmployeeRecordEducationDocument,
  'mutation AdminEmployeeRecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    id\n  }\n}':
    types.AdminEmployeeRecordPositionDocument,
  'mutation AdminEmployeeRecordRank($input: RecordRankInput!) {\n  recordRank(input: $input) {\n    id\n  }\n}':
    types.AdminEmployeeRecordRankDocument,
  'mutation AdminEmployeeRecordRating($input: RecordPerformanceRatingInput!) {\n  recordPerformanceRating(input: $input) {\n    id\n  }\n}':
    types.AdminEmployeeRecordRatingDocument,
  'mutation AdminMoveUnit($input: MoveUnitInput!) {\n  moveUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}':
    types.AdminMoveUnitDocument,
  'mutation AdminPastTrainingImport($input: ImportPastTrainingsInput!) {\n  importPastTrainings(input: $input) {\n    id\n  }\n}':
    types.AdminPastTrainingImportDocument,
  'mutation AdminPastTrainingRecord($input: PastTrainingInput!) {\n  recordPastTraining(input: $input) {\n    id\n    status\n  }\n}':
    types.AdminPastTrainingRecordDocument,
  'mutation AdminPastTrainingReject($input: RejectPastTrainingInput!) {\n  rejectPastTraining(input: $input) {\n    id\n    status\n    rejectionReason\n  }\n}':
    types.AdminPastTrainingRejectDocument,
  'mutation AdminPastTrainingVerify($input: VerifyPastTrainingInput!) {\n  verifyPastTraining(input: $input) {\n    id\n    status\n  }\n}':
    types.AdminPastTrainingVerifyDocument,
  'mutation AdminRemindCertificateHolder($input: RemindCertificateHolderInput!) {\n  remindCertificateHolder(input: $input) {\n    ...AdminCertificateRow\n  }\n}':
    types.AdminRemindCertificateHolderDocument,
  'mutation AdminRemoveLadderEdge($input: RemoveCareerLadderEdgeInput!) {\n  removeCareerLadderEdge(input: $input)\n}':
    types.AdminRemoveLadderEdgeDocument,
  'mutation AdminRenameUnit($input: RenameUnitInput!) {\n  renameUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}':
    types.AdminRenameUnitDocument,
  'mutation AdminRetireCompetency($input: RetirePersonnelRowInput!) {\n  retireCompetency(input: $input) {\n    id\n    retiredOn\n  }\n}':
    types.AdminRetireCompetencyDocument,
  'mutation AdminRetireIssuer($input: RetireIssuerInput!) {\n  retireIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}':
    types.AdminRetireIssuerDocument,
  'mutation AdminRetirePosition($input: RetirePersonnelRowInput!) {\n  retirePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}':
    types.AdminRetirePositionDocument,
  'mutation AdminRetireProvider($input: RetireInput!) {\n  retireProvider(input: $input) {\n    id\n    retiredOn\n  }\n}':
    types.AdminRetireProviderDocument,
  'mutation AdminRetireScheme($input: RetireSchemeInput!) {\n  retireScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}':
    types.AdminRetireSchemeDocument,
  'mutation AdminRetireTraining($input: RetireInput!) {\n  retireTraining(input: $input) {\n    id\n    retiredOn\n  }\n}':
    types.AdminRetireTrainingDocument,
  'mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n  revokeApiKey(input: $input) {\n    ...AdminApiKeyRow\n  }\n}':
    types.AdminRevokeApiKeyDocument,
  'mutation AdminRosterApprove($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}':
    types.AdminRosterApproveDocument,
  'mutation AdminRosterAttend($input: EnrolmentDecisionInput!) {\n  recordAttendance(input: $input) {\n    ...AdminRosterRow\n  }\n}':
    types.AdminRosterAttendDocument,
  'mutation AdminRosterReject($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}':
    types.AdminRosterRejectDocument,
  'mutation AdminRosterResults($input: RecordResultsInput!) {\n  recordResults(input: $input) {\n    ...AdminRosterRow\n  }\n}':
    types.AdminRosterResultsDocument,
  'mutation AdminSaveCompetency($input: CompetencyInput!) {\n  saveCompetency(input: $input) {\n    ...AdminCompetencyEntry\n  }\n}':
    types.AdminSaveCompetencyDocument,
  'mutation AdminSaveIssuer($input: IssuerInput!) {\n  saveIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}':
    types.AdminSaveIssuerDocument,
  'mutation AdminSavePosition($input: PositionInput!) {\n  savePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}':
    types.AdminSavePositionDocument,
  'mutation AdminSaveProvider($input: ProviderInput!) {\n  saveProvider(input: $input) {\n    ...AdminCatalogProviderRow\n  }\n}':
    types.AdminSaveProviderDocument,
  'mutation AdminSaveScheme($input: SchemeInput!) {\n  saveScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}':
    types.AdminSaveSchemeDocument,
  'mutation AdminSaveTraining($input: TrainingInput!) {\n  saveTraining(input: $input) {\n    ...AdminCatalogTrainingRow\n  }\n}':
    types.AdminSaveTrainingDocument,
  'mutation AdminSetExpiringWindow($input: SetExpiringWindowInput!) {\n  setExpiringWindow(input: $input)\n}':
    types.AdminSetExpiringWindowDocument,
  'mutation AdminSetJpSettings($input: JpSettingsInput!) {\n  setJpSettings(input: $input) {\n    jpTarget\n  }\n}':
    types.AdminSetJpSettingsDocument,
  'mutation AdminStartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}':
    types.AdminStartMentorshipDocument,
  'mutation AdminSweepReminders($agencyId: ID!, $first: Int, $after: String) {\n  sweepReminders(agencyId: $agencyId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        trainingRemindersSwept\n        certificateRemindersSwept\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.AdminSweepRemindersDocument,
  'mutation AdminUpdateAgencySettings($input: AgencySettingsInput!) {\n  updateAgencySettings(input: $input) {\n    id\n  }\n}':
    types.AdminUpdateAgencySettingsDocument,
  'mutation AdminUpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n  updateTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}':
    types.AdminUpdateTrainingSessionDocument,
  'mutation AnswerNeedsSurvey($input: AnswerNeedsSurveyInput!) {\n  answerNeedsSurvey(input: $input) {\n    ...NeedsSurveyAnswer\n  }\n}':
    types.AnswerNeedsSurveyDocument,
  'mutation ApplyDegreeStudy($input: ApplyDegreeStudyInput!) {\n  applyDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}':
    types.ApplyDegreeStudyDocument,
  'mutation ApproveDegreeStudy($input: DecideDegreeStudyInput!) {\n  approveDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}':
    types.ApproveDegreeStudyDocument,
  'mutation ApproveDevelopmentPlan($input: PlanDecisionInput!) {\n  approveDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}':
    types.ApproveDevelopmentPlanDocument,
  'mutation ApproveEnrolment($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}':
    types.ApproveEnrolmentDocument,
  'mutation ApprovePlacement($input: DecidePlacementInput!) {\n  approvePlacement(input: $input) {\n    ...PlacementCard\n  }\n}':
    types.ApprovePlacementDocument,
  'mutation CancelEnrolment($input: EnrolmentDecisionInput!) {\n  cancelEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}':
    types.CancelEnrolmentDocument,
  'mutation ChooseCareerTarget($input: ChooseCareerTargetInput!) {\n  chooseCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}':
    types.ChooseCareerTargetDocument,
  'mutation ClearCareerTarget($input: ClearCareerTargetInput!) {\n  clearCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}':
    types.ClearCareerTargetDocument,
  'mutation CloseReassessmentProposal($input: CloseReassessmentProposalInput!) {\n  closeReassessmentProposal(input: $input) {\n    id\n    reassessmentClosedOn\n  }\n}':
    types.CloseReassessmentProposalDocument,
  'mutation CompletePlacement($input: CompletePlacementInput!) {\n  completePlacement(input: $input) {\n    ...PlacementCard\n  }\n}':
    types.CompletePlacementDocument,
  'mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}':
    types.CreateEmployeeDocument,
  'mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n  createTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}':
    types.CreateTrainingSessionDocument,
  'mutation DecideFollowUp($input: DecideFollowUpInput!) {\n  decideFollowUp(input: $input) {\n    id\n    followUpDecision\n  }\n}':
    types.DecideFollowUpDocument,
  'mutation EndMentorship($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}':
    types.EndMentorshipDocument,
  'mutation EndMentorshipWithOutcome($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...MentorshipLogCard\n  }\n}':
    types.EndMentorshipWithOutcomeDocument,
  'mutation EndPartnership($input: EndPartnershipInput!) {\n  endPartnership(input: $input) {\n    ...PartnershipRow\n  }\n}':
    types.EndPartnershipDocument,
  'mutation GraduateDegreeStudy($input: GraduateDegreeStudyInput!) {\n  graduateDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}':
    types.GraduateDegreeStudyDocument,
  'mutation ImportAssessments($input: ImportAssessmentsInput!) {\n  importAssessments(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}':
    types.ImportAssessmentsDocument,
  'mutation MarkNotificationsRead($training: [ID!]!, $certification: [ID!]!) {\n  markTrainingNotificationsRead(notificationIds: $training)\n  markCertificationNotificationsRead(notificationIds: $certification)\n}':
    types.MarkNotificationsReadDocument,
  'mutation MyPastTrainingSubmit($input: PastTrainingInput!) {\n  submitPastTraining(input: $input) {\n    id\n    status\n  }\n}':
    types.MyPastTrainingSubmitDocument,
  'mutation OpenNeedsSurvey($input: OpenNeedsSurveyInput!) {\n  openNeedsSurvey(input: $input) {\n    id\n    closesOn\n  }\n}':
    types.OpenNeedsSurveyDocument,
  'mutation ProposePlacement($input: ProposePlacementInput!) {\n  proposePlacement(input: $input) {\n    ...PlacementCard\n  }\n}':
    types.ProposePlacementDocument,
  'mutation RateApplication($input: RateApplicationInput!) {\n  rateApplication(input: $input) {\n    id\n    applicationRating\n    followUp\n  }\n}':
    types.RateApplicationDocument,
  'mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) {\n    id\n    level\n    source\n    assessedOn\n    assessor\n    competency {\n      id\n      name\n    }\n  }\n}':
    types.RecordAssessmentDocument,
  'mutation RecordCertificate($input: RecordCertificateInput!) {\n  recordCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}':
    types.RecordCertificateDocument,
  'mutation RecordPartnershipActivity($input: PartnershipActivityInput!) {\n  recordPartnershipActivity(input: $input) {\n    id\n  }\n}':
    types.RecordPartnershipActivityDocument,
  'mutation RecordReaction($input: RecordReactionInput!) {\n  recordReaction(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}':
    types.RecordReactionDocument,
  'mutation RejectDegreeStudy($input: DecideDegreeStudyInput!) {\n  rejectDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}':
    types.RejectDegreeStudyDocument,
  'mutation RejectEnrolment($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}':
    types.RejectEnrolmentDocument,
  'mutation RejectPlacement($input: DecidePlacementInput!) {\n  rejectPlacement(input: $input) {\n    ...PlacementCard\n  }\n}':
    types.RejectPlacementDocument,
  'mutation RemoveTrainingFromPlan($input: RemoveTrainingFromPlanInput!) {\n  removeTrainingFromPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}':
    types.RemoveTrainingFromPlanDocument,
  'mutation RenewCertificate($input: RenewCertificateInput!) {\n  renewCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}':
    types.RenewCertificateDocument,
  'mutation ReportDegreeStudy($input: ReportDegreeStudyInput!) {\n  reportDegreeStudy(input: $input) {\n    id\n    semester\n  }\n}':
    types.ReportDegreeStudyDocument,
  'mutation RequestEnrolment($input: RequestEnrolmentInput!) {\n  requestEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}':
    types.RequestEnrolmentDocument,
  'mutation ReturnDevelopmentPlan($input: PlanDecisionInput!) {\n  returnDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}':
    types.ReturnDevelopmentPlanDocument,
  'mutation RevokeCertificate($input: RevokeCertificateInput!) {\n  revokeCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}':
    types.RevokeCertificateDocument,
  'mutation SavePartnership($input: PartnershipInput!) {\n  savePartnership(input: $input) {\n    ...PartnershipRow\n  }\n}':
    types.SavePartnershipDocument,
  'mutation SetPositionStandard($input: SetPositionStandardInput!) {\n  setPositionStandard(input: $input) {\n    id\n    standard {\n      requiredLevel\n      competency {\n        id\n        code\n        name\n        type\n      }\n    }\n  }\n}':
    types.SetPositionStandardDocument,
  'mutation SetTrainingBudget($input: SetTrainingBudgetInput!) {\n  setTrainingBudget(input: $input) {\n    id\n    unitId\n    year\n    amount\n  }\n}':
    types.SetTrainingBudgetDocument,
  'mutation SetUnitSatisfaction($input: SetUnitSatisfactionInput!) {\n  setUnitSatisfaction(input: $input) {\n    id\n    unitId\n    year\n    score\n  }\n}':
    types.SetUnitSatisfactionDocument,
  'mutation StartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    id\n    startsOn\n    mentor {\n      id\n      name\n    }\n    mentorLevelWarnings {\n      mentorLevel\n      targetLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}':
    types.StartMentorshipDocument,
  'mutation SubmitDevelopmentPlan($input: PlanDecisionInput!) {\n  submitDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}':
    types.SubmitDevelopmentPlanDocument,
  'mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}':
    types.UpdateEmployeeDocument,
  'mutation VerifyCertificate($input: VerifyCertificateInput!) {\n  verifyCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}':
    types.VerifyCertificateDocument,
  'query AdminAgencySettings($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    timeZone\n    jpmFormula\n    assessmentValidityYears\n    potentialMenengahFrom\n    potentialTinggiFrom\n    mentorMenteeLimit\n    retirementHorizonYears\n    expiringWithinDays\n    jpSettings {\n      jpTarget\n      pppkJpCap\n      postTestPassScore\n      applicationRatingAfterMonths\n      reassessmentProposalMonths\n      partnershipLapsingDays\n      partnershipUnusedMonths\n      source\n    }\n  }\n}':
    types.AdminAgencySettingsDocument,
  'query AdminApiKeys {\n  apiKeys {\n    ...AdminApiKeyRow\n  }\n}': types.AdminApiKeysDocument,
  'query AdminAuditActors($actors: [String!]!) {\n  auditActors(actors: $actors) {\n    actor\n    name\n  }\n}':
    types.AdminAuditActorsDocument,
  'query AdminAuditLog($first: Int!, $actor: String, $action: String, $entityName: String, $since: String, $until: String, $personnelBefore: ID, $trainingBefore: ID, $certificationBefore: ID) {\n  personnelAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $personnelBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  trainingAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $trainingBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  certificationAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $certificationBefore\n  ) {\n    ...AdminAuditEntry\n  }\n}':
    types.AdminAuditLogDocument,
  'query AdminCatalogOptions {\n  trainingProviders(includeRetired: true) {\n    ...AdminCatalogProviderRow\n  }\n  competencies {\n    ...AdminTrainingCompetencyOption\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        ...AdminTrainingPrerequisiteOption\n      }\n    }\n  }\n}':
    types.AdminCatalogOptionsDocument,
  'query AdminCatalogTrainings($filter: TrainingFilter, $after: String) {\n  trainings(first: 50, filter: $filter, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...AdminCatalogTrainingRow\n      }\n    }\n  }\n}':
    types.AdminCatalogTrainingsDocument,
  'query AdminCertificates($filter: CertificateFilter) {\n  certificates(first: 50, filter: $filter) {\n    totalCount\n    edges {\n      node {\n        ...AdminCertificateRow\n      }\n    }\n  }\n  schemes(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        validityMonths\n      }\n    }\n  }\n}':
    types.AdminCertificatesDocument,
  'query AdminCompetencies {\n  competencies {\n    ...AdminCompetencyEntry\n  }\n}': types.AdminCompetenciesDocument,
  'query AdminDashboard($agencyId: ID!, $year: Int!, $nextYear: Int!) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n    jpmCategoryShares {\n      category\n      count\n    }\n    jpCompliance(year: $year) {\n      target\n      members\n      atOrAbove\n      below\n      none\n      pppkCap\n      pppkMembers\n      pppkWithinCap\n      pppkOverCap\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n    }\n    pendingEnrolments {\n      id\n    }\n    submittedPlans(years: [$year, $nextYear]) {\n      id\n    }\n    trainingSpend(year: $year) {\n      budget\n      committed\n    }\n  }\n}':
    types.AdminDashboardDocument,
  'query AdminDashboardJpRisk($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    jpProjection {\n      atRisk {\n        ...DashboardJpRiskRow\n      }\n    }\n  }\n}':
    types.AdminDashboardJpRiskDocument,
  'query AdminDashboardTrends($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    jpmCategoryTrend(years: $years) {\n      year\n      shares {\n        category\n        count\n        share\n      }\n    }\n    successTrend(years: $years) {\n      year\n      spend\n      pnsMembers\n      pnsAtOrAbove\n      jpComplianceShare\n    }\n  }\n}':
    types.AdminDashboardTrendsDocument,
  'query AdminEmployee($id: ID!) {\n  employee(id: $id) {\n    ...AdminEmployeeRecord\n  }\n}':
    types.AdminEmployeeDocument,
  'query AdminEmployeeHistories($id: ID!) {\n  employee(id: $id) {\n    id\n    employeeType\n    performanceRatings {\n      id\n      year\n      predikat\n      ratedBy\n    }\n    rankHistory {\n      id\n      tmt\n      decreeNumber\n      golongan\n      pppkGrade\n    }\n    positionHistory {\n      id\n      fromDate\n      toDate\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    educationHistory {\n      id\n      level\n      field\n      institution\n      year\n    }\n  }\n}':
    types.AdminEmployeeHistoriesDocument,
  'query AdminJpProjection($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    rootUnits {\n      id\n      name\n      jpProjection {\n        ...UnitJpProjectionDetail\n      }\n    }\n  }\n}':
    types.AdminJpProjectionDocument,
  'query AdminMentorships($menteeId: ID!) {\n  employee(id: $menteeId) {\n    id\n    name\n    mentors {\n      ...AdminMentorshipRow\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}':
    types.AdminMentorshipsDocument,
  'query AdminOrganisation($agencyId: ID!) {\n  units(agencyId: $agencyId) {\n    ...AdminOrgUnit\n  }\n  positions(agencyId: $agencyId, includeRetired: true) {\n    ...AdminOrgPosition\n  }\n  careerLadder(agencyId: $agencyId) {\n    ...AdminOrgLadderEdge\n  }\n}':
    types.AdminOrganisationDocument,
  'query AdminPartnerships {\n  partnerships {\n    ...PartnershipRow\n  }\n}': types.AdminPartnershipsDocument,
  'query AdminPastTrainingQueue {\n  pastTrainingsToVerify {\n    id\n    title\n    category\n    startDate\n    endDate\n    jp\n    providerName\n    certificateNumber\n    employee {\n      id\n      name\n    }\n  }\n}':
    types.AdminPastTrainingQueueDocument,
  'query AdminPositionStandard($positionId: ID!) {\n  positionStandard(positionId: $positionId) {\n    ...AdminStandardLine\n  }\n}':
    types.AdminPositionStandardDocument,
  'query AdminPositions($agencyId: ID!) {\n  positions(agencyId: $agencyId) {\n    id\n    name\n    minGolongan\n    minEducation\n    unit {\n      id\n    }\n    ...AdminStandardPosition\n  }\n}':
    types.AdminPositionsDocument,
  'query AdminSchemeCatalog($search: String, $agencyId: ID!) {\n  schemes(first: 40, filter: {includeRetired: true, search: $search}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSchemeRow\n      }\n    }\n  }\n  issuers(includeRetired: true) {\n    ...AdminIssuerRow\n  }\n  competencies {\n    id\n    code\n    name\n  }\n  positions(agencyId: $agencyId) {\n    id\n    name\n  }\n}':
    types.AdminSchemeCatalogDocument,
  'query AdminSessionRoster($id: ID!) {\n  session(id: $id) {\n    ...AdminSessionRow\n    enrolments {\n      ...AdminRosterRow\n    }\n  }\n}':
    types.AdminSessionRosterDocument,
  'query AdminTrainingEvaluations($after: String) {\n  trainings(first: 50, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        code\n        title\n        evaluation {\n          participants\n          averageReaction\n          averageLearningGain\n          applyingShare\n          ratedForApplication\n          followUps {\n            id\n            applicationRating\n            followUp\n            employee {\n              id\n              name\n            }\n            session {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}':
    types.AdminTrainingEvaluationsDocument,
  'query AdminTrainingSessions($startsFrom: Date!) {\n  sessions(first: 20, filter: {startsFrom: $startsFrom}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSessionRow\n      }\n    }\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        id\n        code\n        title\n        jp\n        category\n      }\n    }\n  }\n}':
    types.AdminTrainingSessionsDocument,
  'query AdminUnitBudget($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n    }\n  }\n}':
    types.AdminUnitBudgetDocument,
  'query AdminUnitSuccess($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    name\n    successTrend(years: $years) {\n      ...SuccessYearRow\n    }\n  }\n}':
    types.AdminUnitSuccessDocument,
  'query CareerOptions($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    position {\n      id\n      name\n    }\n    careerPlanEmptyReason\n    careerOptions {\n      employeeId\n      positionId\n      kind\n      rank\n      jpm\n      jpmCategory\n      eligibleOn\n      position {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      path {\n        id\n        name\n      }\n      gaps {\n        competencyId\n        requiredLevel\n        currentLevel\n        gap\n        competency {\n          id\n          name\n          certifyingSchemes {\n            id\n            name\n          }\n        }\n      }\n      requirements {\n        kind\n        met\n        required\n        actual\n        metOn\n      }\n      trainingPlan {\n        leadershipTrainingCode\n        leadershipMet\n        steps {\n          training {\n            id\n            title\n            jp\n            costPerParticipant\n          }\n          competency {\n            id\n            name\n          }\n          nextSession {\n            id\n            startDate\n            endDate\n          }\n        }\n        uncovered {\n          id\n          name\n        }\n        totalJp\n        totalCost\n        earliestEligibleDate\n      }\n      certification {\n        requirements {\n          met\n          scheme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}':
    types.CareerOptionsDocument,
  'query CareerTarget($employeeId: ID!) {\n  employee(id: $employeeId) {\n    ...CareerTargetDetail\n  }\n}':
    types.CareerTargetDocument,
  'query CompetencyDevelopment($id: ID!) {\n  competency(id: $id) {\n    id\n    code\n    name\n    developingTrainings {\n      id\n      title\n      form\n      jp\n      costPerParticipant\n      provider {\n        id\n        name\n      }\n      sessions {\n        id\n        name\n        startDate\n        endDate\n        isOpen\n      }\n    }\n    certifyingSchemes {\n      id\n      name\n      validityMonths\n      issuer {\n        id\n        name\n      }\n    }\n  }\n}':
    types.CompetencyDevelopmentDocument,
  'query CompetencyOptions {\n  competencies {\n    id\n    code\n    name\n    ...PlacementCompetencyOption\n  }\n}':
    types.CompetencyOptionsDocument,
  'query DegreeStudies {\n  degreeStudies {\n    ...DegreeStudyCard\n  }\n}': types.DegreeStudiesDocument,
  'query DemoUsers {\n  demoUsers {\n    username\n    displayName\n    role\n    agencyName\n    employeeName\n  }\n}':
    types.DemoUsersDocument,
  'query EmployeeJpProjection($id: ID!) {\n  employee(id: $id) {\n    id\n    jpProjection {\n      ...JpProjectionPerson\n    }\n  }\n}':
    types.EmployeeJpProjectionDocument,
  'query EmployeeMentorships($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    mentees {\n      ...MentorshipLogCard\n    }\n    mentors {\n      ...MentorshipLogCard\n    }\n  }\n}':
    types.EmployeeMentorshipsDocument,
  'query EmployeeProfile($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    ...EmployeeSummary\n    employeeType\n    education\n    pangkat\n    positionSince\n    performancePredikat\n    position {\n      id\n      kind\n    }\n    agency {\n      id\n      name\n    }\n    talentBox {\n      box\n    }\n    jpm\n    jpmCategory\n    ...EmployeeCompetencyLevels\n    ...EmployeeJpProgress\n    ...EmployeeCertificates\n    ...EmployeeEnrolments\n    ...EmployeeTrainingEvidence\n  }\n}':
    types.EmployeeProfileDocument,
  'query Employees($first: Int!, $after: String, $filter: EmployeeFilter!) {\n  employees(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EmployeeSummary\n      }\n    }\n  }\n}':
    types.EmployeesDocument,
  'query ManagerInbox($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    pendingEnrolments {\n      id\n      status\n      requestedOn\n      employee {\n        id\n        name\n      }\n      training {\n        id\n        title\n        jp\n        costPerParticipant\n      }\n      session {\n        id\n        name\n        startDate\n        endDate\n      }\n    }\n    submittedPlans(years: $years) {\n      ...DevelopmentPlanDetail\n      employee {\n        id\n        name\n      }\n    }\n    applicationRatingsDue {\n      ...InboxEvaluationItem\n    }\n    followUpProposals {\n      ...InboxEvaluationItem\n      applicationRating\n      applicationRatedOn\n      followUp\n    }\n    reassessmentProposals {\n      ...InboxEvaluationItem\n      postTestScore\n    }\n  }\n}':
    types.ManagerInboxDocument,
  'query MentorGaps($unitId: ID!) {\n  teamMatrix(input: {unitId: $unitId, includeSubUnits: true}) {\n    columns {\n      competencyId\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        competencyId\n        requiredLevel\n        currentLevel\n      }\n    }\n  }\n}':
    types.MentorGapsDocument,
  'query MentorSuggestions($employeeId: ID!, $competencyId: ID!) {\n  mentorSuggestions(employeeId: $employeeId, competencyId: $competencyId) {\n    ...MentorSuggestionList\n  }\n}':
    types.MentorSuggestionsDocument,
  'query MyNeedsSurvey($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      myResponse {\n        ...NeedsSurveyAnswer\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}':
    types.MyNeedsSurveyDocument,
  'query MyNotifications($id: ID!) {\n  employee(id: $id) {\n    id\n    trainingNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n    certificationNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n  }\n}':
    types.MyNotificationsDocument,
  'query MyPastTrainings($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    jp(year: $year) {\n      year\n      earned\n    }\n    pastTrainings {\n      id\n      title\n      category\n      startDate\n      endDate\n      jp\n      providerName\n      certificateNumber\n      status\n      rejectionReason\n    }\n  }\n}':
    types.MyPastTrainingsDocument,
  'query MyTraining($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    id\n    enrolments {\n      ...MyEnrolmentRow\n      session {\n        ...SessionSeat\n      }\n    }\n    developmentPlan(year: $year) {\n      ...DevelopmentPlanDetail\n    }\n  }\n}':
    types.MyTrainingDocument,
  'query Placements {\n  placements {\n    ...PlacementCard\n  }\n}': types.PlacementsDocument,
  'query SiasnKursusEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}':
    types.SiasnKursusEmployeeDocument,
  'query SiasnKursusUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}':
    types.SiasnKursusUnitDocument,
  'query SiasnSertifikasiEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}':
    types.SiasnSertifikasiEmployeeDocument,
  'query SiasnSertifikasiUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}':
    types.SiasnSertifikasiUnitDocument,
  'query SuccessionPlan($agencyId: ID!, $unitId: ID) {\n  successionPlan(agencyId: $agencyId, unitId: $unitId) {\n    today\n    retirementHorizonYears\n    poolSize\n    withoutReadySuccessor\n    positions {\n      ...SuccessionPosition\n    }\n  }\n}':
    types.SuccessionPlanDocument,
  'query TalentGrid($unitId: ID!, $includeSubUnits: Boolean!) {\n  talentGrid(unitId: $unitId, includeSubUnits: $includeSubUnits) {\n    unit {\n      id\n      name\n    }\n    employeeCount\n    boxes {\n      box\n      kinerja\n      potensial\n      inTalentPool\n      employees {\n        ...TalentPerson\n      }\n    }\n    unplaced {\n      ...TalentPerson\n    }\n  }\n}':
    types.TalentGridDocument,
  'query TeamColumnNeeds($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      needs {\n        competency {\n          id\n        }\n        employeesBelow\n        totalDeficit\n        trainings {\n          ...ColumnTrainingOption\n        }\n      }\n    }\n  }\n}':
    types.TeamColumnNeedsDocument,
  'query TeamGrowth($input: TeamGrowthInput!) {\n  teamGrowth(input: $input) {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}':
    types.TeamGrowthDocument,
  'query TeamJpProjection($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpProjection {\n      ...UnitJpProjectionDetail\n    }\n  }\n}':
    types.TeamJpProjectionDocument,
  'query TeamMatrix($input: TeamMatrixInput!) {\n  teamMatrix(input: $input) {\n    unit {\n      id\n      name\n    }\n    columns {\n      competencyId\n      employeesRequired\n      belowStandard\n      meanGap\n      worstGap\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n        nip\n        trainingEvidence {\n          level\n          date\n          competency {\n            id\n          }\n        }\n      }\n      position {\n        id\n        name\n      }\n      jpm\n      jpmCategory\n      talentBox {\n        box\n      }\n      requiredLevels\n      currentLevels\n      staleLevels\n    }\n    categoryShares {\n      category\n      count\n      share\n    }\n    levelPairs {\n      requiredLevel\n      currentLevel\n      severity\n    }\n  }\n}':
    types.TeamMatrixDocument,
  'query TeamMostImproved($unitId: ID!, $year: Int!) {\n  mostImproved(unitId: $unitId, year: $year) {\n    from\n    to\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}':
    types.TeamMostImprovedDocument,
  'query TeamNeedsSurvey($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      canManage\n      responses {\n        ...NeedsSurveyAnswer\n        source\n        employee {\n          id\n          name\n        }\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}':
    types.TeamNeedsSurveyDocument,
  'query TeamOverview($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpCompliance(year: $year) {\n      year\n      target\n      members\n      atOrAbove\n      below\n      none\n      totalShortfall\n    }\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n      ...TeamNeedsDemand\n      recommendations {\n        rank\n        participants\n        cost\n        gapClosed\n        training {\n          id\n          title\n        }\n      }\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n      employee {\n        id\n        name\n      }\n      scheme {\n        id\n        name\n      }\n    }\n  }\n  employees(\n    first: 100\n    filter: {unitId: $unitId, includeSubUnits: true}\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        jp(year: $year) {\n          employeeType\n          earned\n          projected\n          target\n          shortfall\n          cap\n          exceedsCap\n        }\n      }\n    }\n  }\n}':
    types.TeamOverviewDocument,
  'query TrainingCatalog($first: Int!, $filter: TrainingFilter) {\n  trainings(first: $first, filter: $filter) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        code\n        title\n        form\n        category\n        jp\n        costPerParticipant\n        provider {\n          id\n          name\n        }\n        competencies {\n          maxLevel\n          competency {\n            id\n            code\n            name\n          }\n        }\n        sessions {\n          ...SessionSeat\n        }\n      }\n    }\n  }\n}':
    types.TrainingCatalogDocument,
  'query Units($agencyId: ID) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n  }\n}':
    types.UnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminApiKeyRow on ApiKey {\n  id\n  name\n  scopes\n  createdAt\n  createdBy\n  revokedAt\n}',
): (typeof documents)['fragment AdminApiKeyRow on ApiKey {\n  id\n  name\n  scopes\n  createdAt\n  createdBy\n  revokedAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminAuditEntry on AuditEntry {\n  id\n  occurredAt\n  actor\n  action\n  entityName\n  entityId\n}',
): (typeof documents)['fragment AdminAuditEntry on AuditEntry {\n  id\n  occurredAt\n  actor\n  action\n  entityName\n  entityId\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminCatalogProviderRow on Provider {\n  id\n  name\n  kind\n  retiredOn\n  isEditable\n}',
): (typeof documents)['fragment AdminCatalogProviderRow on Provider {\n  id\n  name\n  kind\n  retiredOn\n  isEditable\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminCatalogTrainingRow on Training {\n  id\n  code\n  title\n  description\n  form\n  category\n  jp\n  costPerParticipant\n  retiredOn\n  isEditable\n  provider {\n    id\n    name\n  }\n  competencies {\n    maxLevel\n    competency {\n      id\n      code\n      name\n    }\n  }\n  prerequisites {\n    id\n    code\n    title\n  }\n}',
): (typeof documents)['fragment AdminCatalogTrainingRow on Training {\n  id\n  code\n  title\n  description\n  form\n  category\n  jp\n  costPerParticipant\n  retiredOn\n  isEditable\n  provider {\n    id\n    name\n  }\n  competencies {\n    maxLevel\n    competency {\n      id\n      code\n      name\n    }\n  }\n  prerequisites {\n    id\n    code\n    title\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminCertificateRow on Certificate {\n  id\n  number\n  issuedOn\n  expiresOn\n  status\n  daysUntilExpiry\n  verificationState\n  revocationReason\n  remindedOn\n  employee {\n    id\n    name\n  }\n  scheme {\n    id\n    code\n    name\n  }\n}',
): (typeof documents)['fragment AdminCertificateRow on Certificate {\n  id\n  number\n  issuedOn\n  expiresOn\n  status\n  daysUntilExpiry\n  verificationState\n  revocationReason\n  remindedOn\n  employee {\n    id\n    name\n  }\n  scheme {\n    id\n    code\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminCompetencyEntry on Competency {\n  id\n  code\n  name\n  type\n  definition\n  retiredOn\n  isEditable\n  levels {\n    level\n    descriptor\n  }\n}',
): (typeof documents)['fragment AdminCompetencyEntry on Competency {\n  id\n  code\n  name\n  type\n  definition\n  retiredOn\n  isEditable\n  levels {\n    level\n    descriptor\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminEmployeeRecord on Employee {\n  id\n  version\n  nip\n  name\n  employeeType\n  pppkGrade\n  golongan\n  education\n  positionSince\n  performancePredikat\n  potentialScore\n  birthDate\n  appointmentMonth\n  gender\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment AdminEmployeeRecord on Employee {\n  id\n  version\n  nip\n  name\n  employeeType\n  pppkGrade\n  golongan\n  education\n  positionSince\n  performancePredikat\n  potentialScore\n  birthDate\n  appointmentMonth\n  gender\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminIssuerRow on Issuer {\n  id\n  code\n  name\n  kind\n  retiredOn\n  isEditable\n}',
): (typeof documents)['fragment AdminIssuerRow on Issuer {\n  id\n  code\n  name\n  kind\n  retiredOn\n  isEditable\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminMentorshipRow on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  mentor {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment AdminMentorshipRow on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  mentor {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminOrgLadderEdge on CareerLadderEdge {\n  id\n  kind\n  minYearsInPosition\n  fromPosition {\n    id\n  }\n  toPosition {\n    id\n  }\n}',
): (typeof documents)['fragment AdminOrgLadderEdge on CareerLadderEdge {\n  id\n  kind\n  minYearsInPosition\n  fromPosition {\n    id\n  }\n  toPosition {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminOrgPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n  minGolongan\n  minEducation\n  retirementAge\n  minPppkGrade\n  minPppkGradeIsDefault\n  defaultMinPppkGrade\n  retiredOn\n  unit {\n    id\n  }\n}',
): (typeof documents)['fragment AdminOrgPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n  minGolongan\n  minEducation\n  retirementAge\n  minPppkGrade\n  minPppkGradeIsDefault\n  defaultMinPppkGrade\n  retiredOn\n  unit {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminOrgUnit on Unit {\n  id\n  name\n  depth\n  parent {\n    id\n  }\n}',
): (typeof documents)['fragment AdminOrgUnit on Unit {\n  id\n  name\n  depth\n  parent {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminRosterRow on Enrolment {\n  id\n  status\n  requestedOn\n  preTestScore\n  postTestScore\n  certificateNumber\n  decisionNote\n  employee {\n    id\n    name\n    nip\n  }\n}',
): (typeof documents)['fragment AdminRosterRow on Enrolment {\n  id\n  status\n  requestedOn\n  preTestScore\n  postTestScore\n  certificateNumber\n  decisionNote\n  employee {\n    id\n    name\n    nip\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminSchemeRow on Scheme {\n  id\n  code\n  name\n  validityMonths\n  nationallyRecognised\n  retiredOn\n  isEditable\n  issuer {\n    id\n    code\n  }\n  certifies {\n    level\n    competency {\n      id\n      code\n      name\n    }\n  }\n  requiredFor {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment AdminSchemeRow on Scheme {\n  id\n  code\n  name\n  validityMonths\n  nationallyRecognised\n  retiredOn\n  isEditable\n  issuer {\n    id\n    code\n  }\n  certifies {\n    level\n    competency {\n      id\n      code\n      name\n    }\n  }\n  requiredFor {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminSessionRow on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  capacity\n  seatsLeft\n  registrationDeadline\n  cancelledOn\n  cancelReason\n  isEditable\n  training {\n    id\n    code\n    title\n  }\n}',
): (typeof documents)['fragment AdminSessionRow on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  capacity\n  seatsLeft\n  registrationDeadline\n  cancelledOn\n  cancelReason\n  isEditable\n  training {\n    id\n    code\n    title\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminStandardLine on CompetencyStandard {\n  requiredLevel\n  competency {\n    id\n    code\n    name\n    type\n  }\n}',
): (typeof documents)['fragment AdminStandardLine on CompetencyStandard {\n  requiredLevel\n  competency {\n    id\n    code\n    name\n    type\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminStandardPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n}',
): (typeof documents)['fragment AdminStandardPosition on Position {\n  id\n  name\n  kind\n  functionalLevel\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminTrainingCompetencyOption on Competency {\n  id\n  code\n  name\n}',
): (typeof documents)['fragment AdminTrainingCompetencyOption on Competency {\n  id\n  code\n  name\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment AdminTrainingPrerequisiteOption on Training {\n  id\n  code\n  title\n}',
): (typeof documents)['fragment AdminTrainingPrerequisiteOption on Training {\n  id\n  code\n  title\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CareerTargetDetail on Employee {\n  id\n  careerTarget {\n    chosenOn\n    position {\n      id\n      name\n    }\n    option {\n      employeeId\n      positionId\n      jpm\n      jpmCategory\n      trainingPlan {\n        totalJp\n        plannedJp\n      }\n    }\n    progress {\n      competenciesMet\n      competencyCount\n      requirementsMet\n      requirementCount\n      complete\n    }\n  }\n}',
): (typeof documents)['fragment CareerTargetDetail on Employee {\n  id\n  careerTarget {\n    chosenOn\n    position {\n      id\n      name\n    }\n    option {\n      employeeId\n      positionId\n      jpm\n      jpmCategory\n      trainingPlan {\n        totalJp\n        plannedJp\n      }\n    }\n    progress {\n      competenciesMet\n      competencyCount\n      requirementsMet\n      requirementCount\n      complete\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment ColumnTrainingOption on CompetencyTrainingOption {\n  rank\n  participants\n  cost\n  gapClosed\n  gapClosedPerMillion\n  training {\n    id\n    code\n    title\n  }\n}',
): (typeof documents)['fragment ColumnTrainingOption on CompetencyTrainingOption {\n  rank\n  participants\n  cost\n  gapClosed\n  gapClosedPerMillion\n  training {\n    id\n    code\n    title\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment DashboardJpRiskRow on JpProjection {\n  earned\n  pending\n  shortfall\n  employee {\n    id\n    name\n    unit {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['fragment DashboardJpRiskRow on JpProjection {\n  earned\n  pending\n  shortfall\n  employee {\n    id\n    name\n    unit {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment DegreeStudyCard on DegreeStudy {\n  id\n  kind\n  level\n  programme\n  institution\n  funding\n  startsOn\n  expectedEndOn\n  status\n  appliedOn\n  managerApprovedOn\n  approvedOn\n  rejectionReason\n  graduatedOn\n  serviceBondMonths\n  serviceBondEndsOn\n  canDecide\n  canGraduate\n  employee {\n    id\n    name\n  }\n  reports {\n    id\n    semester\n    gpa\n    creditsEarned\n    note\n  }\n}',
): (typeof documents)['fragment DegreeStudyCard on DegreeStudy {\n  id\n  kind\n  level\n  programme\n  institution\n  funding\n  startsOn\n  expectedEndOn\n  status\n  appliedOn\n  managerApprovedOn\n  approvedOn\n  rejectionReason\n  graduatedOn\n  serviceBondMonths\n  serviceBondEndsOn\n  canDecide\n  canGraduate\n  employee {\n    id\n    name\n  }\n  reports {\n    id\n    semester\n    gpa\n    creditsEarned\n    note\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment DevelopmentPlanDetail on DevelopmentPlan {\n  id\n  year\n  status\n  managerNote\n  totalJp\n  totalCost\n  items {\n    id\n    training {\n      id\n      title\n      jp\n      costPerParticipant\n    }\n    session {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n}',
): (typeof documents)['fragment DevelopmentPlanDetail on DevelopmentPlan {\n  id\n  year\n  status\n  managerNote\n  totalJp\n  totalCost\n  items {\n    id\n    training {\n      id\n      title\n      jp\n      costPerParticipant\n    }\n    session {\n      id\n      name\n      startDate\n      endDate\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EmployeeCertificates on Employee {\n  certificates {\n    id\n    number\n    issuedOn\n    expiresOn\n    status\n    daysUntilExpiry\n    scheme {\n      id\n      name\n    }\n    issuer {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['fragment EmployeeCertificates on Employee {\n  certificates {\n    id\n    number\n    issuedOn\n    expiresOn\n    status\n    daysUntilExpiry\n    scheme {\n      id\n      name\n    }\n    issuer {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EmployeeCompetencyLevels on Employee {\n  standardLevels {\n    competencyId\n    requiredLevel\n    currentLevel\n    gap\n    severity\n    source\n    assessedOn\n    stale\n    competency {\n      id\n      code\n      name\n      type\n    }\n  }\n}',
): (typeof documents)['fragment EmployeeCompetencyLevels on Employee {\n  standardLevels {\n    competencyId\n    requiredLevel\n    currentLevel\n    gap\n    severity\n    source\n    assessedOn\n    stale\n    competency {\n      id\n      code\n      name\n      type\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EmployeeEnrolments on Employee {\n  enrolments {\n    ...EnrolmentListItem\n    completedOn\n    jpCredited\n    training {\n      id\n      jp\n    }\n  }\n}',
): (typeof documents)['fragment EmployeeEnrolments on Employee {\n  enrolments {\n    ...EnrolmentListItem\n    completedOn\n    jpCredited\n    training {\n      id\n      jp\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EmployeeJpProgress on Employee {\n  jp(year: $year) {\n    year\n    employeeType\n    earned\n    projected\n    target\n    shortfall\n    cap\n    planJp\n    exceedsCap\n  }\n}',
): (typeof documents)['fragment EmployeeJpProgress on Employee {\n  jp(year: $year) {\n    year\n    employeeType\n    earned\n    projected\n    target\n    shortfall\n    cap\n    planJp\n    exceedsCap\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EmployeeSummary on Employee {\n  id\n  nip\n  name\n  golongan\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment EmployeeSummary on Employee {\n  id\n  nip\n  name\n  golongan\n  position {\n    id\n    name\n  }\n  unit {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EmployeeTrainingEvidence on Employee {\n  trainingEvidence {\n    level\n    date\n    competency {\n      id\n      name\n    }\n    enrolment {\n      id\n      training {\n        id\n        title\n      }\n    }\n    pastTraining {\n      id\n      title\n    }\n  }\n}',
): (typeof documents)['fragment EmployeeTrainingEvidence on Employee {\n  trainingEvidence {\n    level\n    date\n    competency {\n      id\n      name\n    }\n    enrolment {\n      id\n      training {\n        id\n        title\n      }\n    }\n    pastTraining {\n      id\n      title\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment EnrolmentListItem on Enrolment {\n  id\n  status\n  training {\n    id\n    title\n  }\n  session {\n    id\n    startDate\n    endDate\n  }\n}',
): (typeof documents)['fragment EnrolmentListItem on Enrolment {\n  id\n  status\n  training {\n    id\n    title\n  }\n  session {\n    id\n    startDate\n    endDate\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment GrowthRowDetail on GrowthRow {\n  employee {\n    id\n    name\n  }\n  jpmFrom\n  jpmTo\n  jpmChange\n  levelGain\n  changes {\n    competencyId\n    levelFrom\n    levelTo\n    change\n    competency {\n      id\n      code\n      name\n    }\n  }\n}',
): (typeof documents)['fragment GrowthRowDetail on GrowthRow {\n  employee {\n    id\n    name\n  }\n  jpmFrom\n  jpmTo\n  jpmChange\n  levelGain\n  changes {\n    competencyId\n    levelFrom\n    levelTo\n    change\n    competency {\n      id\n      code\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment InboxEvaluationItem on Enrolment {\n  id\n  completedOn\n  employee {\n    id\n    name\n  }\n  training {\n    id\n    title\n    competencies {\n      maxLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['fragment InboxEvaluationItem on Enrolment {\n  id\n  completedOn\n  employee {\n    id\n    name\n  }\n  training {\n    id\n    title\n    competencies {\n      maxLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment JpProjectionPerson on JpProjection {\n  year\n  employeeType\n  earned\n  pending\n  target\n  shortfall\n  cap\n  exceedsCap\n  closable\n  suggestedCost\n  employee {\n    id\n    name\n  }\n  suggestedSessions {\n    jp\n    cost\n    session {\n      id\n      name\n      endDate\n      registrationDeadline\n    }\n    training {\n      id\n      title\n    }\n  }\n}',
): (typeof documents)['fragment JpProjectionPerson on JpProjection {\n  year\n  employeeType\n  earned\n  pending\n  target\n  shortfall\n  cap\n  exceedsCap\n  closable\n  suggestedCost\n  employee {\n    id\n    name\n  }\n  suggestedSessions {\n    jp\n    cost\n    session {\n      id\n      name\n      endDate\n      registrationDeadline\n    }\n    training {\n      id\n      title\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MentorSuggestionList on MentorSuggestions {\n  menteeLevel\n  targetLevel\n  menteeLimit\n  suggestions {\n    mentor {\n      id\n      name\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    level\n    assessedOn\n    unitDistance\n    activeMentees\n    freeSlots\n  }\n}',
): (typeof documents)['fragment MentorSuggestionList on MentorSuggestions {\n  menteeLevel\n  targetLevel\n  menteeLimit\n  suggestions {\n    mentor {\n      id\n      name\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    level\n    assessedOn\n    unitDistance\n    activeMentees\n    freeSlots\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MentorshipLogCard on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  outcome\n  outcomeNote\n  mentor {\n    id\n    name\n  }\n  mentee {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n  log {\n    id\n    heldOn\n    kind\n    note\n  }\n}',
): (typeof documents)['fragment MentorshipLogCard on Mentorship {\n  id\n  startsOn\n  endsOn\n  active\n  outcome\n  outcomeNote\n  mentor {\n    id\n    name\n  }\n  mentee {\n    id\n    name\n  }\n  focusCompetencies {\n    id\n    name\n  }\n  log {\n    id\n    heldOn\n    kind\n    note\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment MyEnrolmentRow on Enrolment {\n  ...EnrolmentListItem\n  requestedOn\n  decisionNote\n  reactionRating\n  postTestScore\n  passedPostTest\n  training {\n    id\n    jp\n  }\n  session {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment MyEnrolmentRow on Enrolment {\n  ...EnrolmentListItem\n  requestedOn\n  decisionNote\n  reactionRating\n  postTestScore\n  passedPostTest\n  training {\n    id\n    jp\n  }\n  session {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment NeedsSurveyAnswer on NeedsSurveyResponse {\n  id\n  forms\n  note\n  submittedOn\n  competencies {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment NeedsSurveyAnswer on NeedsSurveyResponse {\n  id\n  forms\n  note\n  submittedOn\n  competencies {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment NotificationItem on Notification {\n  id\n  source\n  kind\n  employeeId\n  subjectId\n  threshold\n  title\n  dueOn\n  createdAt\n  readAt\n}',
): (typeof documents)['fragment NotificationItem on Notification {\n  id\n  source\n  kind\n  employeeId\n  subjectId\n  threshold\n  title\n  dueOn\n  createdAt\n  readAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment PartnershipRow on Partnership {\n  id\n  partnerName\n  partnerKind\n  agreementKind\n  documentNumber\n  scope\n  startsOn\n  endsOn\n  endedOn\n  contactName\n  contactInfo\n  status\n  lastActivityOn\n  participants\n  provider {\n    id\n    name\n  }\n  activities {\n    id\n    kind\n    title\n    heldOn\n    participants\n  }\n}',
): (typeof documents)['fragment PartnershipRow on Partnership {\n  id\n  partnerName\n  partnerKind\n  agreementKind\n  documentNumber\n  scope\n  startsOn\n  endsOn\n  endedOn\n  contactName\n  contactInfo\n  status\n  lastActivityOn\n  participants\n  provider {\n    id\n    name\n  }\n  activities {\n    id\n    kind\n    title\n    heldOn\n    participants\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment PlacementCard on Placement {\n  id\n  kind\n  hostOrganisation\n  supervisorName\n  supervisorContact\n  startsOn\n  endsOn\n  jp\n  goals\n  status\n  rejectionReason\n  report\n  hostAssessment\n  canDecide\n  canComplete\n  employee {\n    id\n    name\n  }\n  competencies {\n    targetLevel\n    competency {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['fragment PlacementCard on Placement {\n  id\n  kind\n  hostOrganisation\n  supervisorName\n  supervisorContact\n  startsOn\n  endsOn\n  jp\n  goals\n  status\n  rejectionReason\n  report\n  hostAssessment\n  canDecide\n  canComplete\n  employee {\n    id\n    name\n  }\n  competencies {\n    targetLevel\n    competency {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment PlacementCompetencyOption on Competency {\n  id\n  name\n}',
): (typeof documents)['fragment PlacementCompetencyOption on Competency {\n  id\n  name\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SessionSeat on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  seatsLeft\n  registrationDeadline\n  isOpen\n}',
): (typeof documents)['fragment SessionSeat on TrainingSession {\n  id\n  name\n  startDate\n  endDate\n  mode\n  location\n  seatsLeft\n  registrationDeadline\n  isOpen\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SuccessYearRow on UnitSuccessYear {\n  year\n  trainedMembers\n  trainedAndRated\n  ratingRose\n  ratingRoseShare\n  competencyPairs\n  competencyImproved\n  averageGain\n  satisfactionIndex\n  satisfactionCategory\n  spend\n  jpEarned\n  pnsMembers\n  pnsAtOrAbove\n  jpComplianceShare\n}',
): (typeof documents)['fragment SuccessYearRow on UnitSuccessYear {\n  year\n  trainedMembers\n  trainedAndRated\n  ratingRose\n  ratingRoseShare\n  competencyPairs\n  competencyImproved\n  averageGain\n  satisfactionIndex\n  satisfactionCategory\n  spend\n  jpEarned\n  pnsMembers\n  pnsAtOrAbove\n  jpComplianceShare\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SuccessionCandidateItem on SuccessionCandidate {\n  employee {\n    id\n    name\n    position {\n      id\n      name\n    }\n  }\n  talentBox {\n    box\n  }\n  readiness\n  option {\n    employeeId\n    positionId\n    eligibleOn\n    jpm\n    jpmCategory\n  }\n  blockers {\n    kind\n    required\n    actual\n    metOn\n    undatable\n  }\n}',
): (typeof documents)['fragment SuccessionCandidateItem on SuccessionCandidate {\n  employee {\n    id\n    name\n    position {\n      id\n      name\n    }\n  }\n  talentBox {\n    box\n  }\n  readiness\n  option {\n    employeeId\n    positionId\n    eligibleOn\n    jpm\n    jpmCategory\n  }\n  blockers {\n    kind\n    required\n    actual\n    metOn\n    undatable\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment SuccessionPosition on KeyPositionSuccession {\n  position {\n    id\n    name\n    kind\n    unit {\n      id\n      name\n    }\n  }\n  hasReadySuccessor\n  holders {\n    employee {\n      id\n      name\n    }\n    retiresOn\n    retiresSoon\n  }\n  candidates {\n    ...SuccessionCandidateItem\n  }\n}',
): (typeof documents)['fragment SuccessionPosition on KeyPositionSuccession {\n  position {\n    id\n    name\n    kind\n    unit {\n      id\n      name\n    }\n  }\n  hasReadySuccessor\n  holders {\n    employee {\n      id\n      name\n    }\n    retiresOn\n    retiresSoon\n  }\n  candidates {\n    ...SuccessionCandidateItem\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment TalentPerson on Employee {\n  id\n  name\n  position {\n    id\n    name\n  }\n}',
): (typeof documents)['fragment TalentPerson on Employee {\n  id\n  name\n  position {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment TeamNeedsDemand on TrainingNeeds {\n  needs {\n    competency {\n      id\n      name\n    }\n    employeesBelow\n    totalDeficit\n    surveyRequests\n  }\n  surveyDemand {\n    competency {\n      id\n      name\n    }\n    employees\n    byManager\n  }\n}',
): (typeof documents)['fragment TeamNeedsDemand on TrainingNeeds {\n  needs {\n    competency {\n      id\n      name\n    }\n    employeesBelow\n    totalDeficit\n    surveyRequests\n  }\n  surveyDemand {\n    competency {\n      id\n      name\n    }\n    employees\n    byManager\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment UnitJpProjectionDetail on UnitJpProjection {\n  year\n  target\n  cap\n  pnsMembers\n  pppkMembers\n  totalShortfall\n  suggestedCost\n  atRisk {\n    ...JpProjectionPerson\n  }\n  overCap {\n    ...JpProjectionPerson\n  }\n}',
): (typeof documents)['fragment UnitJpProjectionDetail on UnitJpProjection {\n  year\n  target\n  cap\n  pnsMembers\n  pppkMembers\n  totalShortfall\n  suggestedCost\n  atRisk {\n    ...JpProjectionPerson\n  }\n  overCap {\n    ...JpProjectionPerson\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AddMentorshipLogEntry($input: AddMentorshipLogEntryInput!) {\n  addMentorshipLogEntry(input: $input) {\n    id\n    heldOn\n    kind\n    note\n  }\n}',
): (typeof documents)['mutation AddMentorshipLogEntry($input: AddMentorshipLogEntryInput!) {\n  addMentorshipLogEntry(input: $input) {\n    id\n    heldOn\n    kind\n    note\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AddToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}',
): (typeof documents)['mutation AddToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AddTrainingsToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    id\n    year\n    status\n    totalJp\n    totalCost\n    items {\n      id\n      training {\n        id\n        title\n        jp\n      }\n      session {\n        id\n        startDate\n        endDate\n      }\n    }\n  }\n}',
): (typeof documents)['mutation AddTrainingsToPlan($input: AddTrainingsToPlanInput!) {\n  addTrainingsToPlan(input: $input) {\n    id\n    year\n    status\n    totalJp\n    totalCost\n    items {\n      id\n      training {\n        id\n        title\n        jp\n      }\n      session {\n        id\n        startDate\n        endDate\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminCancelTrainingSession($input: CancelTrainingSessionInput!) {\n  cancelTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}',
): (typeof documents)['mutation AdminCancelTrainingSession($input: CancelTrainingSessionInput!) {\n  cancelTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key\n    apiKey {\n      ...AdminApiKeyRow\n    }\n  }\n}',
): (typeof documents)['mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n  createApiKey(input: $input) {\n    key\n    apiKey {\n      ...AdminApiKeyRow\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminCreateLadderEdge($input: CreateCareerLadderEdgeInput!) {\n  createCareerLadderEdge(input: $input) {\n    ...AdminOrgLadderEdge\n  }\n}',
): (typeof documents)['mutation AdminCreateLadderEdge($input: CreateCareerLadderEdgeInput!) {\n  createCareerLadderEdge(input: $input) {\n    ...AdminOrgLadderEdge\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminCreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}',
): (typeof documents)['mutation AdminCreateUnit($input: CreateUnitInput!) {\n  createUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminEmployeeImportHistories($input: ImportHistoriesInput!) {\n  importHistories(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}',
): (typeof documents)['mutation AdminEmployeeImportHistories($input: ImportHistoriesInput!) {\n  importHistories(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminEmployeeRecordEducation($input: RecordEducationInput!) {\n  recordEducation(input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation AdminEmployeeRecordEducation($input: RecordEducationInput!) {\n  recordEducation(input: $input) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminEmployeeRecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation AdminEmployeeRecordPosition($input: RecordPositionInput!) {\n  recordPosition(input: $input) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminEmployeeRecordRank($input: RecordRankInput!) {\n  recordRank(input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation AdminEmployeeRecordRank($input: RecordRankInput!) {\n  recordRank(input: $input) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminEmployeeRecordRating($input: RecordPerformanceRatingInput!) {\n  recordPerformanceRating(input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation AdminEmployeeRecordRating($input: RecordPerformanceRatingInput!) {\n  recordPerformanceRating(input: $input) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminMoveUnit($input: MoveUnitInput!) {\n  moveUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}',
): (typeof documents)['mutation AdminMoveUnit($input: MoveUnitInput!) {\n  moveUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminPastTrainingImport($input: ImportPastTrainingsInput!) {\n  importPastTrainings(input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation AdminPastTrainingImport($input: ImportPastTrainingsInput!) {\n  importPastTrainings(input: $input) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminPastTrainingRecord($input: PastTrainingInput!) {\n  recordPastTraining(input: $input) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation AdminPastTrainingRecord($input: PastTrainingInput!) {\n  recordPastTraining(input: $input) {\n    id\n    status\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminPastTrainingReject($input: RejectPastTrainingInput!) {\n  rejectPastTraining(input: $input) {\n    id\n    status\n    rejectionReason\n  }\n}',
): (typeof documents)['mutation AdminPastTrainingReject($input: RejectPastTrainingInput!) {\n  rejectPastTraining(input: $input) {\n    id\n    status\n    rejectionReason\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminPastTrainingVerify($input: VerifyPastTrainingInput!) {\n  verifyPastTraining(input: $input) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation AdminPastTrainingVerify($input: VerifyPastTrainingInput!) {\n  verifyPastTraining(input: $input) {\n    id\n    status\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRemindCertificateHolder($input: RemindCertificateHolderInput!) {\n  remindCertificateHolder(input: $input) {\n    ...AdminCertificateRow\n  }\n}',
): (typeof documents)['mutation AdminRemindCertificateHolder($input: RemindCertificateHolderInput!) {\n  remindCertificateHolder(input: $input) {\n    ...AdminCertificateRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRemoveLadderEdge($input: RemoveCareerLadderEdgeInput!) {\n  removeCareerLadderEdge(input: $input)\n}',
): (typeof documents)['mutation AdminRemoveLadderEdge($input: RemoveCareerLadderEdgeInput!) {\n  removeCareerLadderEdge(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRenameUnit($input: RenameUnitInput!) {\n  renameUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}',
): (typeof documents)['mutation AdminRenameUnit($input: RenameUnitInput!) {\n  renameUnit(input: $input) {\n    ...AdminOrgUnit\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRetireCompetency($input: RetirePersonnelRowInput!) {\n  retireCompetency(input: $input) {\n    id\n    retiredOn\n  }\n}',
): (typeof documents)['mutation AdminRetireCompetency($input: RetirePersonnelRowInput!) {\n  retireCompetency(input: $input) {\n    id\n    retiredOn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRetireIssuer($input: RetireIssuerInput!) {\n  retireIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}',
): (typeof documents)['mutation AdminRetireIssuer($input: RetireIssuerInput!) {\n  retireIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRetirePosition($input: RetirePersonnelRowInput!) {\n  retirePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}',
): (typeof documents)['mutation AdminRetirePosition($input: RetirePersonnelRowInput!) {\n  retirePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRetireProvider($input: RetireInput!) {\n  retireProvider(input: $input) {\n    id\n    retiredOn\n  }\n}',
): (typeof documents)['mutation AdminRetireProvider($input: RetireInput!) {\n  retireProvider(input: $input) {\n    id\n    retiredOn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRetireScheme($input: RetireSchemeInput!) {\n  retireScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}',
): (typeof documents)['mutation AdminRetireScheme($input: RetireSchemeInput!) {\n  retireScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRetireTraining($input: RetireInput!) {\n  retireTraining(input: $input) {\n    id\n    retiredOn\n  }\n}',
): (typeof documents)['mutation AdminRetireTraining($input: RetireInput!) {\n  retireTraining(input: $input) {\n    id\n    retiredOn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n  revokeApiKey(input: $input) {\n    ...AdminApiKeyRow\n  }\n}',
): (typeof documents)['mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n  revokeApiKey(input: $input) {\n    ...AdminApiKeyRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRosterApprove($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}',
): (typeof documents)['mutation AdminRosterApprove($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRosterAttend($input: EnrolmentDecisionInput!) {\n  recordAttendance(input: $input) {\n    ...AdminRosterRow\n  }\n}',
): (typeof documents)['mutation AdminRosterAttend($input: EnrolmentDecisionInput!) {\n  recordAttendance(input: $input) {\n    ...AdminRosterRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRosterReject($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}',
): (typeof documents)['mutation AdminRosterReject($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    ...AdminRosterRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminRosterResults($input: RecordResultsInput!) {\n  recordResults(input: $input) {\n    ...AdminRosterRow\n  }\n}',
): (typeof documents)['mutation AdminRosterResults($input: RecordResultsInput!) {\n  recordResults(input: $input) {\n    ...AdminRosterRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSaveCompetency($input: CompetencyInput!) {\n  saveCompetency(input: $input) {\n    ...AdminCompetencyEntry\n  }\n}',
): (typeof documents)['mutation AdminSaveCompetency($input: CompetencyInput!) {\n  saveCompetency(input: $input) {\n    ...AdminCompetencyEntry\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSaveIssuer($input: IssuerInput!) {\n  saveIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}',
): (typeof documents)['mutation AdminSaveIssuer($input: IssuerInput!) {\n  saveIssuer(input: $input) {\n    ...AdminIssuerRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSavePosition($input: PositionInput!) {\n  savePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}',
): (typeof documents)['mutation AdminSavePosition($input: PositionInput!) {\n  savePosition(input: $input) {\n    ...AdminOrgPosition\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSaveProvider($input: ProviderInput!) {\n  saveProvider(input: $input) {\n    ...AdminCatalogProviderRow\n  }\n}',
): (typeof documents)['mutation AdminSaveProvider($input: ProviderInput!) {\n  saveProvider(input: $input) {\n    ...AdminCatalogProviderRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSaveScheme($input: SchemeInput!) {\n  saveScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}',
): (typeof documents)['mutation AdminSaveScheme($input: SchemeInput!) {\n  saveScheme(input: $input) {\n    ...AdminSchemeRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSaveTraining($input: TrainingInput!) {\n  saveTraining(input: $input) {\n    ...AdminCatalogTrainingRow\n  }\n}',
): (typeof documents)['mutation AdminSaveTraining($input: TrainingInput!) {\n  saveTraining(input: $input) {\n    ...AdminCatalogTrainingRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSetExpiringWindow($input: SetExpiringWindowInput!) {\n  setExpiringWindow(input: $input)\n}',
): (typeof documents)['mutation AdminSetExpiringWindow($input: SetExpiringWindowInput!) {\n  setExpiringWindow(input: $input)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSetJpSettings($input: JpSettingsInput!) {\n  setJpSettings(input: $input) {\n    jpTarget\n  }\n}',
): (typeof documents)['mutation AdminSetJpSettings($input: JpSettingsInput!) {\n  setJpSettings(input: $input) {\n    jpTarget\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminStartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}',
): (typeof documents)['mutation AdminStartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminSweepReminders($agencyId: ID!, $first: Int, $after: String) {\n  sweepReminders(agencyId: $agencyId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        trainingRemindersSwept\n        certificateRemindersSwept\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): (typeof documents)['mutation AdminSweepReminders($agencyId: ID!, $first: Int, $after: String) {\n  sweepReminders(agencyId: $agencyId, first: $first, after: $after) {\n    edges {\n      node {\n        id\n        trainingRemindersSwept\n        certificateRemindersSwept\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminUpdateAgencySettings($input: AgencySettingsInput!) {\n  updateAgencySettings(input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation AdminUpdateAgencySettings($input: AgencySettingsInput!) {\n  updateAgencySettings(input: $input) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdminUpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n  updateTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}',
): (typeof documents)['mutation AdminUpdateTrainingSession($input: UpdateTrainingSessionInput!) {\n  updateTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AnswerNeedsSurvey($input: AnswerNeedsSurveyInput!) {\n  answerNeedsSurvey(input: $input) {\n    ...NeedsSurveyAnswer\n  }\n}',
): (typeof documents)['mutation AnswerNeedsSurvey($input: AnswerNeedsSurveyInput!) {\n  answerNeedsSurvey(input: $input) {\n    ...NeedsSurveyAnswer\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ApplyDegreeStudy($input: ApplyDegreeStudyInput!) {\n  applyDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}',
): (typeof documents)['mutation ApplyDegreeStudy($input: ApplyDegreeStudyInput!) {\n  applyDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ApproveDegreeStudy($input: DecideDegreeStudyInput!) {\n  approveDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}',
): (typeof documents)['mutation ApproveDegreeStudy($input: DecideDegreeStudyInput!) {\n  approveDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ApproveDevelopmentPlan($input: PlanDecisionInput!) {\n  approveDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}',
): (typeof documents)['mutation ApproveDevelopmentPlan($input: PlanDecisionInput!) {\n  approveDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ApproveEnrolment($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}',
): (typeof documents)['mutation ApproveEnrolment($input: EnrolmentDecisionInput!) {\n  approveEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ApprovePlacement($input: DecidePlacementInput!) {\n  approvePlacement(input: $input) {\n    ...PlacementCard\n  }\n}',
): (typeof documents)['mutation ApprovePlacement($input: DecidePlacementInput!) {\n  approvePlacement(input: $input) {\n    ...PlacementCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CancelEnrolment($input: EnrolmentDecisionInput!) {\n  cancelEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}',
): (typeof documents)['mutation CancelEnrolment($input: EnrolmentDecisionInput!) {\n  cancelEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChooseCareerTarget($input: ChooseCareerTargetInput!) {\n  chooseCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}',
): (typeof documents)['mutation ChooseCareerTarget($input: ChooseCareerTargetInput!) {\n  chooseCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ClearCareerTarget($input: ClearCareerTargetInput!) {\n  clearCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}',
): (typeof documents)['mutation ClearCareerTarget($input: ClearCareerTargetInput!) {\n  clearCareerTarget(input: $input) {\n    ...CareerTargetDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CloseReassessmentProposal($input: CloseReassessmentProposalInput!) {\n  closeReassessmentProposal(input: $input) {\n    id\n    reassessmentClosedOn\n  }\n}',
): (typeof documents)['mutation CloseReassessmentProposal($input: CloseReassessmentProposalInput!) {\n  closeReassessmentProposal(input: $input) {\n    id\n    reassessmentClosedOn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CompletePlacement($input: CompletePlacementInput!) {\n  completePlacement(input: $input) {\n    ...PlacementCard\n  }\n}',
): (typeof documents)['mutation CompletePlacement($input: CompletePlacementInput!) {\n  completePlacement(input: $input) {\n    ...PlacementCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}',
): (typeof documents)['mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n  createTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}',
): (typeof documents)['mutation CreateTrainingSession($input: CreateTrainingSessionInput!) {\n  createTrainingSession(input: $input) {\n    ...AdminSessionRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation DecideFollowUp($input: DecideFollowUpInput!) {\n  decideFollowUp(input: $input) {\n    id\n    followUpDecision\n  }\n}',
): (typeof documents)['mutation DecideFollowUp($input: DecideFollowUpInput!) {\n  decideFollowUp(input: $input) {\n    id\n    followUpDecision\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EndMentorship($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}',
): (typeof documents)['mutation EndMentorship($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...AdminMentorshipRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EndMentorshipWithOutcome($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...MentorshipLogCard\n  }\n}',
): (typeof documents)['mutation EndMentorshipWithOutcome($input: EndMentorshipInput!) {\n  endMentorship(input: $input) {\n    ...MentorshipLogCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EndPartnership($input: EndPartnershipInput!) {\n  endPartnership(input: $input) {\n    ...PartnershipRow\n  }\n}',
): (typeof documents)['mutation EndPartnership($input: EndPartnershipInput!) {\n  endPartnership(input: $input) {\n    ...PartnershipRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation GraduateDegreeStudy($input: GraduateDegreeStudyInput!) {\n  graduateDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}',
): (typeof documents)['mutation GraduateDegreeStudy($input: GraduateDegreeStudyInput!) {\n  graduateDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ImportAssessments($input: ImportAssessmentsInput!) {\n  importAssessments(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}',
): (typeof documents)['mutation ImportAssessments($input: ImportAssessmentsInput!) {\n  importAssessments(input: $input) {\n    imported\n    employees\n    dryRun\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation MarkNotificationsRead($training: [ID!]!, $certification: [ID!]!) {\n  markTrainingNotificationsRead(notificationIds: $training)\n  markCertificationNotificationsRead(notificationIds: $certification)\n}',
): (typeof documents)['mutation MarkNotificationsRead($training: [ID!]!, $certification: [ID!]!) {\n  markTrainingNotificationsRead(notificationIds: $training)\n  markCertificationNotificationsRead(notificationIds: $certification)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation MyPastTrainingSubmit($input: PastTrainingInput!) {\n  submitPastTraining(input: $input) {\n    id\n    status\n  }\n}',
): (typeof documents)['mutation MyPastTrainingSubmit($input: PastTrainingInput!) {\n  submitPastTraining(input: $input) {\n    id\n    status\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation OpenNeedsSurvey($input: OpenNeedsSurveyInput!) {\n  openNeedsSurvey(input: $input) {\n    id\n    closesOn\n  }\n}',
): (typeof documents)['mutation OpenNeedsSurvey($input: OpenNeedsSurveyInput!) {\n  openNeedsSurvey(input: $input) {\n    id\n    closesOn\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ProposePlacement($input: ProposePlacementInput!) {\n  proposePlacement(input: $input) {\n    ...PlacementCard\n  }\n}',
): (typeof documents)['mutation ProposePlacement($input: ProposePlacementInput!) {\n  proposePlacement(input: $input) {\n    ...PlacementCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RateApplication($input: RateApplicationInput!) {\n  rateApplication(input: $input) {\n    id\n    applicationRating\n    followUp\n  }\n}',
): (typeof documents)['mutation RateApplication($input: RateApplicationInput!) {\n  rateApplication(input: $input) {\n    id\n    applicationRating\n    followUp\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) {\n    id\n    level\n    source\n    assessedOn\n    assessor\n    competency {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['mutation RecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) {\n    id\n    level\n    source\n    assessedOn\n    assessor\n    competency {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordCertificate($input: RecordCertificateInput!) {\n  recordCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}',
): (typeof documents)['mutation RecordCertificate($input: RecordCertificateInput!) {\n  recordCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordPartnershipActivity($input: PartnershipActivityInput!) {\n  recordPartnershipActivity(input: $input) {\n    id\n  }\n}',
): (typeof documents)['mutation RecordPartnershipActivity($input: PartnershipActivityInput!) {\n  recordPartnershipActivity(input: $input) {\n    id\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RecordReaction($input: RecordReactionInput!) {\n  recordReaction(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}',
): (typeof documents)['mutation RecordReaction($input: RecordReactionInput!) {\n  recordReaction(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RejectDegreeStudy($input: DecideDegreeStudyInput!) {\n  rejectDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}',
): (typeof documents)['mutation RejectDegreeStudy($input: DecideDegreeStudyInput!) {\n  rejectDegreeStudy(input: $input) {\n    ...DegreeStudyCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RejectEnrolment($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}',
): (typeof documents)['mutation RejectEnrolment($input: EnrolmentDecisionInput!) {\n  rejectEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RejectPlacement($input: DecidePlacementInput!) {\n  rejectPlacement(input: $input) {\n    ...PlacementCard\n  }\n}',
): (typeof documents)['mutation RejectPlacement($input: DecidePlacementInput!) {\n  rejectPlacement(input: $input) {\n    ...PlacementCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RemoveTrainingFromPlan($input: RemoveTrainingFromPlanInput!) {\n  removeTrainingFromPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}',
): (typeof documents)['mutation RemoveTrainingFromPlan($input: RemoveTrainingFromPlanInput!) {\n  removeTrainingFromPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RenewCertificate($input: RenewCertificateInput!) {\n  renewCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}',
): (typeof documents)['mutation RenewCertificate($input: RenewCertificateInput!) {\n  renewCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ReportDegreeStudy($input: ReportDegreeStudyInput!) {\n  reportDegreeStudy(input: $input) {\n    id\n    semester\n  }\n}',
): (typeof documents)['mutation ReportDegreeStudy($input: ReportDegreeStudyInput!) {\n  reportDegreeStudy(input: $input) {\n    id\n    semester\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestEnrolment($input: RequestEnrolmentInput!) {\n  requestEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}',
): (typeof documents)['mutation RequestEnrolment($input: RequestEnrolmentInput!) {\n  requestEnrolment(input: $input) {\n    id\n    status\n    decisionNote\n    reactionRating\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ReturnDevelopmentPlan($input: PlanDecisionInput!) {\n  returnDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}',
): (typeof documents)['mutation ReturnDevelopmentPlan($input: PlanDecisionInput!) {\n  returnDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeCertificate($input: RevokeCertificateInput!) {\n  revokeCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}',
): (typeof documents)['mutation RevokeCertificate($input: RevokeCertificateInput!) {\n  revokeCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SavePartnership($input: PartnershipInput!) {\n  savePartnership(input: $input) {\n    ...PartnershipRow\n  }\n}',
): (typeof documents)['mutation SavePartnership($input: PartnershipInput!) {\n  savePartnership(input: $input) {\n    ...PartnershipRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetPositionStandard($input: SetPositionStandardInput!) {\n  setPositionStandard(input: $input) {\n    id\n    standard {\n      requiredLevel\n      competency {\n        id\n        code\n        name\n        type\n      }\n    }\n  }\n}',
): (typeof documents)['mutation SetPositionStandard($input: SetPositionStandardInput!) {\n  setPositionStandard(input: $input) {\n    id\n    standard {\n      requiredLevel\n      competency {\n        id\n        code\n        name\n        type\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetTrainingBudget($input: SetTrainingBudgetInput!) {\n  setTrainingBudget(input: $input) {\n    id\n    unitId\n    year\n    amount\n  }\n}',
): (typeof documents)['mutation SetTrainingBudget($input: SetTrainingBudgetInput!) {\n  setTrainingBudget(input: $input) {\n    id\n    unitId\n    year\n    amount\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetUnitSatisfaction($input: SetUnitSatisfactionInput!) {\n  setUnitSatisfaction(input: $input) {\n    id\n    unitId\n    year\n    score\n  }\n}',
): (typeof documents)['mutation SetUnitSatisfaction($input: SetUnitSatisfactionInput!) {\n  setUnitSatisfaction(input: $input) {\n    id\n    unitId\n    year\n    score\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation StartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    id\n    startsOn\n    mentor {\n      id\n      name\n    }\n    mentorLevelWarnings {\n      mentorLevel\n      targetLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['mutation StartMentorship($input: StartMentorshipInput!) {\n  startMentorship(input: $input) {\n    id\n    startsOn\n    mentor {\n      id\n      name\n    }\n    mentorLevelWarnings {\n      mentorLevel\n      targetLevel\n      competency {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SubmitDevelopmentPlan($input: PlanDecisionInput!) {\n  submitDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}',
): (typeof documents)['mutation SubmitDevelopmentPlan($input: PlanDecisionInput!) {\n  submitDevelopmentPlan(input: $input) {\n    ...DevelopmentPlanDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}',
): (typeof documents)['mutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...AdminEmployeeRecord\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation VerifyCertificate($input: VerifyCertificateInput!) {\n  verifyCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}',
): (typeof documents)['mutation VerifyCertificate($input: VerifyCertificateInput!) {\n  verifyCertificate(input: $input) {\n    ...AdminCertificateRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminAgencySettings($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    timeZone\n    jpmFormula\n    assessmentValidityYears\n    potentialMenengahFrom\n    potentialTinggiFrom\n    mentorMenteeLimit\n    retirementHorizonYears\n    expiringWithinDays\n    jpSettings {\n      jpTarget\n      pppkJpCap\n      postTestPassScore\n      applicationRatingAfterMonths\n      reassessmentProposalMonths\n      partnershipLapsingDays\n      partnershipUnusedMonths\n      source\n    }\n  }\n}',
): (typeof documents)['query AdminAgencySettings($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    timeZone\n    jpmFormula\n    assessmentValidityYears\n    potentialMenengahFrom\n    potentialTinggiFrom\n    mentorMenteeLimit\n    retirementHorizonYears\n    expiringWithinDays\n    jpSettings {\n      jpTarget\n      pppkJpCap\n      postTestPassScore\n      applicationRatingAfterMonths\n      reassessmentProposalMonths\n      partnershipLapsingDays\n      partnershipUnusedMonths\n      source\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminApiKeys {\n  apiKeys {\n    ...AdminApiKeyRow\n  }\n}',
): (typeof documents)['query AdminApiKeys {\n  apiKeys {\n    ...AdminApiKeyRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminAuditActors($actors: [String!]!) {\n  auditActors(actors: $actors) {\n    actor\n    name\n  }\n}',
): (typeof documents)['query AdminAuditActors($actors: [String!]!) {\n  auditActors(actors: $actors) {\n    actor\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminAuditLog($first: Int!, $actor: String, $action: String, $entityName: String, $since: String, $until: String, $personnelBefore: ID, $trainingBefore: ID, $certificationBefore: ID) {\n  personnelAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $personnelBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  trainingAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $trainingBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  certificationAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $certificationBefore\n  ) {\n    ...AdminAuditEntry\n  }\n}',
): (typeof documents)['query AdminAuditLog($first: Int!, $actor: String, $action: String, $entityName: String, $since: String, $until: String, $personnelBefore: ID, $trainingBefore: ID, $certificationBefore: ID) {\n  personnelAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $personnelBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  trainingAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $trainingBefore\n  ) {\n    ...AdminAuditEntry\n  }\n  certificationAuditLog(\n    first: $first\n    actor: $actor\n    action: $action\n    entityName: $entityName\n    since: $since\n    until: $until\n    before: $certificationBefore\n  ) {\n    ...AdminAuditEntry\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminCatalogOptions {\n  trainingProviders(includeRetired: true) {\n    ...AdminCatalogProviderRow\n  }\n  competencies {\n    ...AdminTrainingCompetencyOption\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        ...AdminTrainingPrerequisiteOption\n      }\n    }\n  }\n}',
): (typeof documents)['query AdminCatalogOptions {\n  trainingProviders(includeRetired: true) {\n    ...AdminCatalogProviderRow\n  }\n  competencies {\n    ...AdminTrainingCompetencyOption\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        ...AdminTrainingPrerequisiteOption\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminCatalogTrainings($filter: TrainingFilter, $after: String) {\n  trainings(first: 50, filter: $filter, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...AdminCatalogTrainingRow\n      }\n    }\n  }\n}',
): (typeof documents)['query AdminCatalogTrainings($filter: TrainingFilter, $after: String) {\n  trainings(first: 50, filter: $filter, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...AdminCatalogTrainingRow\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminCertificates($filter: CertificateFilter) {\n  certificates(first: 50, filter: $filter) {\n    totalCount\n    edges {\n      node {\n        ...AdminCertificateRow\n      }\n    }\n  }\n  schemes(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        validityMonths\n      }\n    }\n  }\n}',
): (typeof documents)['query AdminCertificates($filter: CertificateFilter) {\n  certificates(first: 50, filter: $filter) {\n    totalCount\n    edges {\n      node {\n        ...AdminCertificateRow\n      }\n    }\n  }\n  schemes(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        validityMonths\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminCompetencies {\n  competencies {\n    ...AdminCompetencyEntry\n  }\n}',
): (typeof documents)['query AdminCompetencies {\n  competencies {\n    ...AdminCompetencyEntry\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminDashboard($agencyId: ID!, $year: Int!, $nextYear: Int!) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n    jpmCategoryShares {\n      category\n      count\n    }\n    jpCompliance(year: $year) {\n      target\n      members\n      atOrAbove\n      below\n      none\n      pppkCap\n      pppkMembers\n      pppkWithinCap\n      pppkOverCap\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n    }\n    pendingEnrolments {\n      id\n    }\n    submittedPlans(years: [$year, $nextYear]) {\n      id\n    }\n    trainingSpend(year: $year) {\n      budget\n      committed\n    }\n  }\n}',
): (typeof documents)['query AdminDashboard($agencyId: ID!, $year: Int!, $nextYear: Int!) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n    jpmCategoryShares {\n      category\n      count\n    }\n    jpCompliance(year: $year) {\n      target\n      members\n      atOrAbove\n      below\n      none\n      pppkCap\n      pppkMembers\n      pppkWithinCap\n      pppkOverCap\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n    }\n    pendingEnrolments {\n      id\n    }\n    submittedPlans(years: [$year, $nextYear]) {\n      id\n    }\n    trainingSpend(year: $year) {\n      budget\n      committed\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminDashboardJpRisk($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    jpProjection {\n      atRisk {\n        ...DashboardJpRiskRow\n      }\n    }\n  }\n}',
): (typeof documents)['query AdminDashboardJpRisk($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    jpProjection {\n      atRisk {\n        ...DashboardJpRiskRow\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminDashboardTrends($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    jpmCategoryTrend(years: $years) {\n      year\n      shares {\n        category\n        count\n        share\n      }\n    }\n    successTrend(years: $years) {\n      year\n      spend\n      pnsMembers\n      pnsAtOrAbove\n      jpComplianceShare\n    }\n  }\n}',
): (typeof documents)['query AdminDashboardTrends($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    jpmCategoryTrend(years: $years) {\n      year\n      shares {\n        category\n        count\n        share\n      }\n    }\n    successTrend(years: $years) {\n      year\n      spend\n      pnsMembers\n      pnsAtOrAbove\n      jpComplianceShare\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminEmployee($id: ID!) {\n  employee(id: $id) {\n    ...AdminEmployeeRecord\n  }\n}',
): (typeof documents)['query AdminEmployee($id: ID!) {\n  employee(id: $id) {\n    ...AdminEmployeeRecord\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminEmployeeHistories($id: ID!) {\n  employee(id: $id) {\n    id\n    employeeType\n    performanceRatings {\n      id\n      year\n      predikat\n      ratedBy\n    }\n    rankHistory {\n      id\n      tmt\n      decreeNumber\n      golongan\n      pppkGrade\n    }\n    positionHistory {\n      id\n      fromDate\n      toDate\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    educationHistory {\n      id\n      level\n      field\n      institution\n      year\n    }\n  }\n}',
): (typeof documents)['query AdminEmployeeHistories($id: ID!) {\n  employee(id: $id) {\n    id\n    employeeType\n    performanceRatings {\n      id\n      year\n      predikat\n      ratedBy\n    }\n    rankHistory {\n      id\n      tmt\n      decreeNumber\n      golongan\n      pppkGrade\n    }\n    positionHistory {\n      id\n      fromDate\n      toDate\n      position {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n    }\n    educationHistory {\n      id\n      level\n      field\n      institution\n      year\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminJpProjection($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    rootUnits {\n      id\n      name\n      jpProjection {\n        ...UnitJpProjectionDetail\n      }\n    }\n  }\n}',
): (typeof documents)['query AdminJpProjection($agencyId: ID!) {\n  agency(id: $agencyId) {\n    id\n    name\n    rootUnits {\n      id\n      name\n      jpProjection {\n        ...UnitJpProjectionDetail\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminMentorships($menteeId: ID!) {\n  employee(id: $menteeId) {\n    id\n    name\n    mentors {\n      ...AdminMentorshipRow\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}',
): (typeof documents)['query AdminMentorships($menteeId: ID!) {\n  employee(id: $menteeId) {\n    id\n    name\n    mentors {\n      ...AdminMentorshipRow\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminOrganisation($agencyId: ID!) {\n  units(agencyId: $agencyId) {\n    ...AdminOrgUnit\n  }\n  positions(agencyId: $agencyId, includeRetired: true) {\n    ...AdminOrgPosition\n  }\n  careerLadder(agencyId: $agencyId) {\n    ...AdminOrgLadderEdge\n  }\n}',
): (typeof documents)['query AdminOrganisation($agencyId: ID!) {\n  units(agencyId: $agencyId) {\n    ...AdminOrgUnit\n  }\n  positions(agencyId: $agencyId, includeRetired: true) {\n    ...AdminOrgPosition\n  }\n  careerLadder(agencyId: $agencyId) {\n    ...AdminOrgLadderEdge\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminPartnerships {\n  partnerships {\n    ...PartnershipRow\n  }\n}',
): (typeof documents)['query AdminPartnerships {\n  partnerships {\n    ...PartnershipRow\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminPastTrainingQueue {\n  pastTrainingsToVerify {\n    id\n    title\n    category\n    startDate\n    endDate\n    jp\n    providerName\n    certificateNumber\n    employee {\n      id\n      name\n    }\n  }\n}',
): (typeof documents)['query AdminPastTrainingQueue {\n  pastTrainingsToVerify {\n    id\n    title\n    category\n    startDate\n    endDate\n    jp\n    providerName\n    certificateNumber\n    employee {\n      id\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminPositionStandard($positionId: ID!) {\n  positionStandard(positionId: $positionId) {\n    ...AdminStandardLine\n  }\n}',
): (typeof documents)['query AdminPositionStandard($positionId: ID!) {\n  positionStandard(positionId: $positionId) {\n    ...AdminStandardLine\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminPositions($agencyId: ID!) {\n  positions(agencyId: $agencyId) {\n    id\n    name\n    minGolongan\n    minEducation\n    unit {\n      id\n    }\n    ...AdminStandardPosition\n  }\n}',
): (typeof documents)['query AdminPositions($agencyId: ID!) {\n  positions(agencyId: $agencyId) {\n    id\n    name\n    minGolongan\n    minEducation\n    unit {\n      id\n    }\n    ...AdminStandardPosition\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminSchemeCatalog($search: String, $agencyId: ID!) {\n  schemes(first: 40, filter: {includeRetired: true, search: $search}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSchemeRow\n      }\n    }\n  }\n  issuers(includeRetired: true) {\n    ...AdminIssuerRow\n  }\n  competencies {\n    id\n    code\n    name\n  }\n  positions(agencyId: $agencyId) {\n    id\n    name\n  }\n}',
): (typeof documents)['query AdminSchemeCatalog($search: String, $agencyId: ID!) {\n  schemes(first: 40, filter: {includeRetired: true, search: $search}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSchemeRow\n      }\n    }\n  }\n  issuers(includeRetired: true) {\n    ...AdminIssuerRow\n  }\n  competencies {\n    id\n    code\n    name\n  }\n  positions(agencyId: $agencyId) {\n    id\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminSessionRoster($id: ID!) {\n  session(id: $id) {\n    ...AdminSessionRow\n    enrolments {\n      ...AdminRosterRow\n    }\n  }\n}',
): (typeof documents)['query AdminSessionRoster($id: ID!) {\n  session(id: $id) {\n    ...AdminSessionRow\n    enrolments {\n      ...AdminRosterRow\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminTrainingEvaluations($after: String) {\n  trainings(first: 50, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        code\n        title\n        evaluation {\n          participants\n          averageReaction\n          averageLearningGain\n          applyingShare\n          ratedForApplication\n          followUps {\n            id\n            applicationRating\n            followUp\n            employee {\n              id\n              name\n            }\n            session {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query AdminTrainingEvaluations($after: String) {\n  trainings(first: 50, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        code\n        title\n        evaluation {\n          participants\n          averageReaction\n          averageLearningGain\n          applyingShare\n          ratedForApplication\n          followUps {\n            id\n            applicationRating\n            followUp\n            employee {\n              id\n              name\n            }\n            session {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminTrainingSessions($startsFrom: Date!) {\n  sessions(first: 20, filter: {startsFrom: $startsFrom}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSessionRow\n      }\n    }\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        id\n        code\n        title\n        jp\n        category\n      }\n    }\n  }\n}',
): (typeof documents)['query AdminTrainingSessions($startsFrom: Date!) {\n  sessions(first: 20, filter: {startsFrom: $startsFrom}) {\n    totalCount\n    edges {\n      node {\n        ...AdminSessionRow\n      }\n    }\n  }\n  trainings(first: 100) {\n    edges {\n      node {\n        id\n        code\n        title\n        jp\n        category\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminUnitBudget($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n    }\n  }\n}',
): (typeof documents)['query AdminUnitBudget($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AdminUnitSuccess($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    name\n    successTrend(years: $years) {\n      ...SuccessYearRow\n    }\n  }\n}',
): (typeof documents)['query AdminUnitSuccess($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    name\n    successTrend(years: $years) {\n      ...SuccessYearRow\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CareerOptions($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    position {\n      id\n      name\n    }\n    careerPlanEmptyReason\n    careerOptions {\n      employeeId\n      positionId\n      kind\n      rank\n      jpm\n      jpmCategory\n      eligibleOn\n      position {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      path {\n        id\n        name\n      }\n      gaps {\n        competencyId\n        requiredLevel\n        currentLevel\n        gap\n        competency {\n          id\n          name\n          certifyingSchemes {\n            id\n            name\n          }\n        }\n      }\n      requirements {\n        kind\n        met\n        required\n        actual\n        metOn\n      }\n      trainingPlan {\n        leadershipTrainingCode\n        leadershipMet\n        steps {\n          training {\n            id\n            title\n            jp\n            costPerParticipant\n          }\n          competency {\n            id\n            name\n          }\n          nextSession {\n            id\n            startDate\n            endDate\n          }\n        }\n        uncovered {\n          id\n          name\n        }\n        totalJp\n        totalCost\n        earliestEligibleDate\n      }\n      certification {\n        requirements {\n          met\n          scheme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query CareerOptions($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    position {\n      id\n      name\n    }\n    careerPlanEmptyReason\n    careerOptions {\n      employeeId\n      positionId\n      kind\n      rank\n      jpm\n      jpmCategory\n      eligibleOn\n      position {\n        id\n        name\n        unit {\n          id\n          name\n        }\n      }\n      path {\n        id\n        name\n      }\n      gaps {\n        competencyId\n        requiredLevel\n        currentLevel\n        gap\n        competency {\n          id\n          name\n          certifyingSchemes {\n            id\n            name\n          }\n        }\n      }\n      requirements {\n        kind\n        met\n        required\n        actual\n        metOn\n      }\n      trainingPlan {\n        leadershipTrainingCode\n        leadershipMet\n        steps {\n          training {\n            id\n            title\n            jp\n            costPerParticipant\n          }\n          competency {\n            id\n            name\n          }\n          nextSession {\n            id\n            startDate\n            endDate\n          }\n        }\n        uncovered {\n          id\n          name\n        }\n        totalJp\n        totalCost\n        earliestEligibleDate\n      }\n      certification {\n        requirements {\n          met\n          scheme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CareerTarget($employeeId: ID!) {\n  employee(id: $employeeId) {\n    ...CareerTargetDetail\n  }\n}',
): (typeof documents)['query CareerTarget($employeeId: ID!) {\n  employee(id: $employeeId) {\n    ...CareerTargetDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CompetencyDevelopment($id: ID!) {\n  competency(id: $id) {\n    id\n    code\n    name\n    developingTrainings {\n      id\n      title\n      form\n      jp\n      costPerParticipant\n      provider {\n        id\n        name\n      }\n      sessions {\n        id\n        name\n        startDate\n        endDate\n        isOpen\n      }\n    }\n    certifyingSchemes {\n      id\n      name\n      validityMonths\n      issuer {\n        id\n        name\n      }\n    }\n  }\n}',
): (typeof documents)['query CompetencyDevelopment($id: ID!) {\n  competency(id: $id) {\n    id\n    code\n    name\n    developingTrainings {\n      id\n      title\n      form\n      jp\n      costPerParticipant\n      provider {\n        id\n        name\n      }\n      sessions {\n        id\n        name\n        startDate\n        endDate\n        isOpen\n      }\n    }\n    certifyingSchemes {\n      id\n      name\n      validityMonths\n      issuer {\n        id\n        name\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CompetencyOptions {\n  competencies {\n    id\n    code\n    name\n    ...PlacementCompetencyOption\n  }\n}',
): (typeof documents)['query CompetencyOptions {\n  competencies {\n    id\n    code\n    name\n    ...PlacementCompetencyOption\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DegreeStudies {\n  degreeStudies {\n    ...DegreeStudyCard\n  }\n}',
): (typeof documents)['query DegreeStudies {\n  degreeStudies {\n    ...DegreeStudyCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query DemoUsers {\n  demoUsers {\n    username\n    displayName\n    role\n    agencyName\n    employeeName\n  }\n}',
): (typeof documents)['query DemoUsers {\n  demoUsers {\n    username\n    displayName\n    role\n    agencyName\n    employeeName\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EmployeeJpProjection($id: ID!) {\n  employee(id: $id) {\n    id\n    jpProjection {\n      ...JpProjectionPerson\n    }\n  }\n}',
): (typeof documents)['query EmployeeJpProjection($id: ID!) {\n  employee(id: $id) {\n    id\n    jpProjection {\n      ...JpProjectionPerson\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EmployeeMentorships($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    mentees {\n      ...MentorshipLogCard\n    }\n    mentors {\n      ...MentorshipLogCard\n    }\n  }\n}',
): (typeof documents)['query EmployeeMentorships($employeeId: ID!) {\n  employee(id: $employeeId) {\n    id\n    name\n    mentees {\n      ...MentorshipLogCard\n    }\n    mentors {\n      ...MentorshipLogCard\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EmployeeProfile($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    ...EmployeeSummary\n    employeeType\n    education\n    pangkat\n    positionSince\n    performancePredikat\n    position {\n      id\n      kind\n    }\n    agency {\n      id\n      name\n    }\n    talentBox {\n      box\n    }\n    jpm\n    jpmCategory\n    ...EmployeeCompetencyLevels\n    ...EmployeeJpProgress\n    ...EmployeeCertificates\n    ...EmployeeEnrolments\n    ...EmployeeTrainingEvidence\n  }\n}',
): (typeof documents)['query EmployeeProfile($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    ...EmployeeSummary\n    employeeType\n    education\n    pangkat\n    positionSince\n    performancePredikat\n    position {\n      id\n      kind\n    }\n    agency {\n      id\n      name\n    }\n    talentBox {\n      box\n    }\n    jpm\n    jpmCategory\n    ...EmployeeCompetencyLevels\n    ...EmployeeJpProgress\n    ...EmployeeCertificates\n    ...EmployeeEnrolments\n    ...EmployeeTrainingEvidence\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Employees($first: Int!, $after: String, $filter: EmployeeFilter!) {\n  employees(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EmployeeSummary\n      }\n    }\n  }\n}',
): (typeof documents)['query Employees($first: Int!, $after: String, $filter: EmployeeFilter!) {\n  employees(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...EmployeeSummary\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ManagerInbox($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    pendingEnrolments {\n      id\n      status\n      requestedOn\n      employee {\n        id\n        name\n      }\n      training {\n        id\n        title\n        jp\n        costPerParticipant\n      }\n      session {\n        id\n        name\n        startDate\n        endDate\n      }\n    }\n    submittedPlans(years: $years) {\n      ...DevelopmentPlanDetail\n      employee {\n        id\n        name\n      }\n    }\n    applicationRatingsDue {\n      ...InboxEvaluationItem\n    }\n    followUpProposals {\n      ...InboxEvaluationItem\n      applicationRating\n      applicationRatedOn\n      followUp\n    }\n    reassessmentProposals {\n      ...InboxEvaluationItem\n      postTestScore\n    }\n  }\n}',
): (typeof documents)['query ManagerInbox($unitId: ID!, $years: [Int!]!) {\n  unit(id: $unitId) {\n    id\n    pendingEnrolments {\n      id\n      status\n      requestedOn\n      employee {\n        id\n        name\n      }\n      training {\n        id\n        title\n        jp\n        costPerParticipant\n      }\n      session {\n        id\n        name\n        startDate\n        endDate\n      }\n    }\n    submittedPlans(years: $years) {\n      ...DevelopmentPlanDetail\n      employee {\n        id\n        name\n      }\n    }\n    applicationRatingsDue {\n      ...InboxEvaluationItem\n    }\n    followUpProposals {\n      ...InboxEvaluationItem\n      applicationRating\n      applicationRatedOn\n      followUp\n    }\n    reassessmentProposals {\n      ...InboxEvaluationItem\n      postTestScore\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MentorGaps($unitId: ID!) {\n  teamMatrix(input: {unitId: $unitId, includeSubUnits: true}) {\n    columns {\n      competencyId\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        competencyId\n        requiredLevel\n        currentLevel\n      }\n    }\n  }\n}',
): (typeof documents)['query MentorGaps($unitId: ID!) {\n  teamMatrix(input: {unitId: $unitId, includeSubUnits: true}) {\n    columns {\n      competencyId\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n      }\n      cells {\n        competencyId\n        requiredLevel\n        currentLevel\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MentorSuggestions($employeeId: ID!, $competencyId: ID!) {\n  mentorSuggestions(employeeId: $employeeId, competencyId: $competencyId) {\n    ...MentorSuggestionList\n  }\n}',
): (typeof documents)['query MentorSuggestions($employeeId: ID!, $competencyId: ID!) {\n  mentorSuggestions(employeeId: $employeeId, competencyId: $competencyId) {\n    ...MentorSuggestionList\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyNeedsSurvey($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      myResponse {\n        ...NeedsSurveyAnswer\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}',
): (typeof documents)['query MyNeedsSurvey($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      myResponse {\n        ...NeedsSurveyAnswer\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyNotifications($id: ID!) {\n  employee(id: $id) {\n    id\n    trainingNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n    certificationNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n  }\n}',
): (typeof documents)['query MyNotifications($id: ID!) {\n  employee(id: $id) {\n    id\n    trainingNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n    certificationNotifications {\n      unreadCount\n      notifications {\n        ...NotificationItem\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyPastTrainings($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    jp(year: $year) {\n      year\n      earned\n    }\n    pastTrainings {\n      id\n      title\n      category\n      startDate\n      endDate\n      jp\n      providerName\n      certificateNumber\n      status\n      rejectionReason\n    }\n  }\n}',
): (typeof documents)['query MyPastTrainings($employeeId: ID!, $year: Int!) {\n  employee(id: $employeeId) {\n    id\n    jp(year: $year) {\n      year\n      earned\n    }\n    pastTrainings {\n      id\n      title\n      category\n      startDate\n      endDate\n      jp\n      providerName\n      certificateNumber\n      status\n      rejectionReason\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyTraining($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    id\n    enrolments {\n      ...MyEnrolmentRow\n      session {\n        ...SessionSeat\n      }\n    }\n    developmentPlan(year: $year) {\n      ...DevelopmentPlanDetail\n    }\n  }\n}',
): (typeof documents)['query MyTraining($id: ID!, $year: Int!) {\n  employee(id: $id) {\n    id\n    enrolments {\n      ...MyEnrolmentRow\n      session {\n        ...SessionSeat\n      }\n    }\n    developmentPlan(year: $year) {\n      ...DevelopmentPlanDetail\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Placements {\n  placements {\n    ...PlacementCard\n  }\n}',
): (typeof documents)['query Placements {\n  placements {\n    ...PlacementCard\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SiasnKursusEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}',
): (typeof documents)['query SiasnKursusEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SiasnKursusUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}',
): (typeof documents)['query SiasnKursusUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnKursus(from: $from, to: $to) {\n      csv\n      records {\n        source\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SiasnSertifikasiEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}',
): (typeof documents)['query SiasnSertifikasiEmployee($id: ID!, $from: Date!, $to: Date!) {\n  employee(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SiasnSertifikasiUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}',
): (typeof documents)['query SiasnSertifikasiUnit($id: ID!, $from: Date!, $to: Date!) {\n  unit(id: $id) {\n    id\n    siasnSertifikasi(from: $from, to: $to) {\n      csv\n      records {\n        nomorSertifikat\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query SuccessionPlan($agencyId: ID!, $unitId: ID) {\n  successionPlan(agencyId: $agencyId, unitId: $unitId) {\n    today\n    retirementHorizonYears\n    poolSize\n    withoutReadySuccessor\n    positions {\n      ...SuccessionPosition\n    }\n  }\n}',
): (typeof documents)['query SuccessionPlan($agencyId: ID!, $unitId: ID) {\n  successionPlan(agencyId: $agencyId, unitId: $unitId) {\n    today\n    retirementHorizonYears\n    poolSize\n    withoutReadySuccessor\n    positions {\n      ...SuccessionPosition\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TalentGrid($unitId: ID!, $includeSubUnits: Boolean!) {\n  talentGrid(unitId: $unitId, includeSubUnits: $includeSubUnits) {\n    unit {\n      id\n      name\n    }\n    employeeCount\n    boxes {\n      box\n      kinerja\n      potensial\n      inTalentPool\n      employees {\n        ...TalentPerson\n      }\n    }\n    unplaced {\n      ...TalentPerson\n    }\n  }\n}',
): (typeof documents)['query TalentGrid($unitId: ID!, $includeSubUnits: Boolean!) {\n  talentGrid(unitId: $unitId, includeSubUnits: $includeSubUnits) {\n    unit {\n      id\n      name\n    }\n    employeeCount\n    boxes {\n      box\n      kinerja\n      potensial\n      inTalentPool\n      employees {\n        ...TalentPerson\n      }\n    }\n    unplaced {\n      ...TalentPerson\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TeamColumnNeeds($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      needs {\n        competency {\n          id\n        }\n        employeesBelow\n        totalDeficit\n        trainings {\n          ...ColumnTrainingOption\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query TeamColumnNeeds($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    trainingNeeds(year: $year) {\n      year\n      needs {\n        competency {\n          id\n        }\n        employeesBelow\n        totalDeficit\n        trainings {\n          ...ColumnTrainingOption\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TeamGrowth($input: TeamGrowthInput!) {\n  teamGrowth(input: $input) {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}',
): (typeof documents)['query TeamGrowth($input: TeamGrowthInput!) {\n  teamGrowth(input: $input) {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TeamJpProjection($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpProjection {\n      ...UnitJpProjectionDetail\n    }\n  }\n}',
): (typeof documents)['query TeamJpProjection($unitId: ID!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpProjection {\n      ...UnitJpProjectionDetail\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TeamMatrix($input: TeamMatrixInput!) {\n  teamMatrix(input: $input) {\n    unit {\n      id\n      name\n    }\n    columns {\n      competencyId\n      employeesRequired\n      belowStandard\n      meanGap\n      worstGap\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n        nip\n        trainingEvidence {\n          level\n          date\n          competency {\n            id\n          }\n        }\n      }\n      position {\n        id\n        name\n      }\n      jpm\n      jpmCategory\n      talentBox {\n        box\n      }\n      requiredLevels\n      currentLevels\n      staleLevels\n    }\n    categoryShares {\n      category\n      count\n      share\n    }\n    levelPairs {\n      requiredLevel\n      currentLevel\n      severity\n    }\n  }\n}',
): (typeof documents)['query TeamMatrix($input: TeamMatrixInput!) {\n  teamMatrix(input: $input) {\n    unit {\n      id\n      name\n    }\n    columns {\n      competencyId\n      employeesRequired\n      belowStandard\n      meanGap\n      worstGap\n      competency {\n        id\n        code\n        name\n      }\n    }\n    rows {\n      employee {\n        id\n        name\n        nip\n        trainingEvidence {\n          level\n          date\n          competency {\n            id\n          }\n        }\n      }\n      position {\n        id\n        name\n      }\n      jpm\n      jpmCategory\n      talentBox {\n        box\n      }\n      requiredLevels\n      currentLevels\n      staleLevels\n    }\n    categoryShares {\n      category\n      count\n      share\n    }\n    levelPairs {\n      requiredLevel\n      currentLevel\n      severity\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TeamMostImproved($unitId: ID!, $year: Int!) {\n  mostImproved(unitId: $unitId, year: $year) {\n    from\n    to\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}',
): (typeof documents)['query TeamMostImproved($unitId: ID!, $year: Int!) {\n  mostImproved(unitId: $unitId, year: $year) {\n    from\n    to\n    rows {\n      ...GrowthRowDetail\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TeamNeedsSurvey($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      canManage\n      responses {\n        ...NeedsSurveyAnswer\n        source\n        employee {\n          id\n          name\n        }\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}',
): (typeof documents)['query TeamNeedsSurvey($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    needsSurvey(year: $year) {\n      id\n      year\n      closesOn\n      isOpen\n      canManage\n      responses {\n        ...NeedsSurveyAnswer\n        source\n        employee {\n          id\n          name\n        }\n      }\n    }\n  }\n  competencies {\n    id\n    code\n    name\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TeamOverview($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpCompliance(year: $year) {\n      year\n      target\n      members\n      atOrAbove\n      below\n      none\n      totalShortfall\n    }\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n      ...TeamNeedsDemand\n      recommendations {\n        rank\n        participants\n        cost\n        gapClosed\n        training {\n          id\n          title\n        }\n      }\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n      employee {\n        id\n        name\n      }\n      scheme {\n        id\n        name\n      }\n    }\n  }\n  employees(\n    first: 100\n    filter: {unitId: $unitId, includeSubUnits: true}\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        jp(year: $year) {\n          employeeType\n          earned\n          projected\n          target\n          shortfall\n          cap\n          exceedsCap\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query TeamOverview($unitId: ID!, $year: Int!) {\n  unit(id: $unitId) {\n    id\n    name\n    jpCompliance(year: $year) {\n      year\n      target\n      members\n      atOrAbove\n      below\n      none\n      totalShortfall\n    }\n    trainingNeeds(year: $year) {\n      year\n      budget\n      spent\n      remainingBudget\n      ...TeamNeedsDemand\n      recommendations {\n        rank\n        participants\n        cost\n        gapClosed\n        training {\n          id\n          title\n        }\n      }\n    }\n    expiringCertificates(withinDays: 90) {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n      employee {\n        id\n        name\n      }\n      scheme {\n        id\n        name\n      }\n    }\n  }\n  employees(\n    first: 100\n    filter: {unitId: $unitId, includeSubUnits: true}\n    orderBy: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        jp(year: $year) {\n          employeeType\n          earned\n          projected\n          target\n          shortfall\n          cap\n          exceedsCap\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query TrainingCatalog($first: Int!, $filter: TrainingFilter) {\n  trainings(first: $first, filter: $filter) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        code\n        title\n        form\n        category\n        jp\n        costPerParticipant\n        provider {\n          id\n          name\n        }\n        competencies {\n          maxLevel\n          competency {\n            id\n            code\n            name\n          }\n        }\n        sessions {\n          ...SessionSeat\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query TrainingCatalog($first: Int!, $filter: TrainingFilter) {\n  trainings(first: $first, filter: $filter) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        code\n        title\n        form\n        category\n        jp\n        costPerParticipant\n        provider {\n          id\n          name\n        }\n        competencies {\n          maxLevel\n          competency {\n            id\n            code\n            name\n          }\n        }\n        sessions {\n          ...SessionSeat\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Units($agencyId: ID) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n  }\n}',
): (typeof documents)['query Units($agencyId: ID) {\n  units(agencyId: $agencyId) {\n    id\n    name\n    depth\n    parent {\n      id\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
