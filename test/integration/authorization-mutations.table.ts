// The authorization table, mutations: every root Mutation field, tried for real by every role on its subject with
// an input that is valid for the roles allowed (so authorization decides, not validation). Fixtures (the session,
// enrolment, plan or certificate acted on) are made fresh per attempt by the administrator.
import type { Caller } from '../support/identities.js';
import { OPEN_TRAINING, type AdminFixtures, type EnrolmentStage } from '../support/admin-fixtures.js';
import { HIDDEN, only, type TableRow } from './authorization-outcomes.js';
import { degreeApplication, degreeStudy, type DegreeStudyStage } from '../support/degree-study-fixtures.js';
import { MASTER_DATA_ROWS } from './authorization-master-data.table.js';
import { placement, placementProposal } from '../support/placement-fixtures.js';
import { partnership, partnershipInput, SURVEY_YEAR, unitSixSurvey } from '../support/partnership-fixtures.js';

const id = (value: number | string) => String(value);
const SELF_MANAGER_ADMIN = ['asn.self', 'manager.own', 'admin'] as const;
const MANAGER_ADMIN = ['manager.own', 'admin'] as const;
const mutation = (field: string, inputType: string) =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;
const onEnrolment =
  (stage: EnrolmentStage, extra: Record<string, unknown> = {}) =>
  async (caller: Caller, fixtures: AdminFixtures) => ({
    input: { enrolmentId: await fixtures.enrolment(caller.subject, stage), ...extra },
  });

export const MUTATION_ROWS: TableRow[] = [
  {
    field: 'recordCertificate',
    document: mutation('recordCertificate', 'RecordCertificateInput'),
    variables: (caller, fixtures) => ({ input: fixtures.certificateInput(caller.subject) }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'verifyCertificate',
    document: mutation('verifyCertificate', 'VerifyCertificateInput'),
    variables: async (caller, fixtures) => ({ input: { certificateId: await fixtures.certificate(caller.subject) } }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'renewCertificate',
    document: mutation('renewCertificate', 'RenewCertificateInput'),
    variables: async (caller, fixtures) => ({
      input: {
        certificateId: await fixtures.certificate(caller.subject),
        number: `UJI-R${fixtures.next()}`,
        issuedOn: '2025-05-02',
      },
    }),
    expected: only(['admin']),
  },
  {
    field: 'revokeCertificate',
    document: mutation('revokeCertificate', 'RevokeCertificateInput'),
    variables: async (caller, fixtures) => ({
      input: { certificateId: await fixtures.certificate(caller.subject), reason: 'Uji pencabutan' },
    }),
    expected: only(['admin']),
  },
  // One's own feed only: every signed-in person with an employee record marks their own (none given here).
  ...['markTrainingNotificationsRead', 'markCertificationNotificationsRead'].map((field) => ({
    field,
    document: `mutation ($ids: [ID!]!) { ${field}(notificationIds: $ids) }`,
    variables: () => ({ ids: [] }),
    expected: only(['asn.self', 'asn.other', 'manager.own', 'manager.outside', 'admin', 'admin.other']),
  })),
  // The reminder sweep's pages (the gateway's scheduler, or "run now"): the agency's administrator only. Personnel's
  // part alone, so the document also runs against personnel directly; the fields that write each employee's reminders
  // have their own row in the queries table.
  {
    field: 'sweepReminders',
    document: `mutation ($agencyId: ID!) {
      sweepReminders(agencyId: $agencyId, first: 5) { edges { node { id } } }
    }`,
    variables: () => ({ agencyId: '1' }),
    expected: only(['admin']),
  },
  {
    field: 'remindCertificateHolder',
    document: mutation('remindCertificateHolder', 'RemindCertificateHolderInput'),
    variables: async (caller, fixtures) => ({ input: { certificateId: await fixtures.certificate(caller.subject) } }),
    expected: only(['admin']),
  },
  {
    field: 'recordAssessment',
    document: mutation('recordAssessment', 'RecordAssessmentInput'),
    variables: (caller) => ({
      input: {
        employeeId: id(caller.subject),
        competencyId: '1',
        level: 3,
        // What each role may record: an ASN assesses themself, a manager their people, an administrator anyone.
        source: caller.role.startsWith('asn') ? 'SELF' : 'MANAGER',
        assessedOn: '2025-01-15',
      },
    }),
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'importAssessments',
    document: `mutation ($input: ImportAssessmentsInput!) { importAssessments(input: $input) { imported } }`,
    variables: async (caller, fixtures) => ({
      input: {
        csv: `nip,competency_code,level,date\n${(await fixtures.employee(caller.subject)).nip},INT,3,2025-01-15\n`,
        assessor: 'Pusat Asesmen',
      },
    }),
    // An administrator imports into their own agency: another agency's NIPs are unknown there.
    expected: only(['admin'], { 'admin.other': HIDDEN }),
  },
  {
    field: 'importHistories',
    // A preview: it runs every check and write of an import and keeps nothing, so the rows stay repeatable.
    document: `mutation ($input: ImportHistoriesInput!) { importHistories(input: $input) { imported } }`,
    variables: async (caller, fixtures) => ({
      input: {
        kind: 'RANK',
        csv: `nip,golongan,tmt,nomor_sk\n${(await fixtures.employee(caller.subject)).nip},III/d,2026-11-28,SK/UJI/1\n`,
        dryRun: true,
      },
    }),
    expected: only(['admin'], { 'admin.other': HIDDEN }),
  },
  {
    field: 'createCareerLadderEdge',
    document: mutation('createCareerLadderEdge', 'CreateCareerLadderEdgeInput'),
    variables: (_caller, fixtures) => ({ input: fixtures.ladderEdgeInput() }),
    expected: only(['admin']),
  },
  {
    field: 'removeCareerLadderEdge',
    document: `mutation ($input: RemoveCareerLadderEdgeInput!) { removeCareerLadderEdge(input: $input) }`,
    variables: async (_caller, fixtures) => ({ input: { id: await fixtures.ladderEdge() } }),
    expected: only(['admin']),
  },
  {
    field: 'createEmployee',
    document: mutation('createEmployee', 'CreateEmployeeInput'),
    variables: (_caller, fixtures) => ({
      input: {
        nip: `19900412201503${fixtures.next() % 2 ? 1 : 2}${String(900 + fixtures.next()).slice(-3)}`,
        name: `Pegawai Uji ${fixtures.next()}`,
        employeeType: 'PNS',
        golongan: 'III_A',
        education: 'S1',
        positionId: '7',
        unitId: '6',
        positionSince: '2024-03-01',
      },
    }),
    expected: only(['admin']),
  },
  {
    field: 'updateEmployee',
    document: mutation('updateEmployee', 'UpdateEmployeeInput'),
    variables: async (caller, fixtures) => ({
      input: {
        id: id(caller.subject),
        version: (await fixtures.employee(caller.subject)).version,
        potentialScore: 60 + (fixtures.next() % 30),
      },
    }),
    expected: only(['admin']),
  },
  // Histories: an administrator of the employee's agency records them, one entry at a time.
  {
    field: 'recordPerformanceRating',
    document: mutation('recordPerformanceRating', 'RecordPerformanceRatingInput'),
    variables: (caller) => ({
      input: { employeeId: id(caller.subject), year: 2026, predikat: 'BAIK', ratedBy: 'Pejabat Penilai' },
    }),
    expected: only(['admin']),
  },
  {
    field: 'recordRank',
    document: mutation('recordRank', 'RecordRankInput'),
    variables: (caller, fixtures) => ({
      input: {
        employeeId: id(caller.subject),
        golongan: 'III_D',
        tmt: `2026-11-${String(1 + (fixtures.next() % 20)).padStart(2, '0')}`,
        decreeNumber: `SK/UJI/${fixtures.next()}`,
      },
    }),
    expected: only(['admin']),
  },
  {
    field: 'recordPosition',
    document: mutation('recordPosition', 'RecordPositionInput'),
    variables: (caller, fixtures) => ({
      input: {
        employeeId: id(caller.subject),
        positionId: '7',
        fromDate: `2026-11-${String(1 + (fixtures.next() % 20)).padStart(2, '0')}`,
      },
    }),
    expected: only(['admin']),
  },
  {
    field: 'recordEducation',
    document: mutation('recordEducation', 'RecordEducationInput'),
    variables: (caller) => ({
      input: {
        employeeId: id(caller.subject),
        // Below the S1 the subjects hold, so the degree-study rows still find a degree above theirs.
        level: 'D4',
        field: 'Ilmu Pemerintahan',
        institution: 'IPDN',
        year: 2026,
      },
    }),
    expected: only(['admin']),
  },
  {
    field: 'startMentorship',
    document: mutation('startMentorship', 'StartMentorshipInput'),
    variables: (caller, fixtures) => ({
      // A new mentor each time: one running mentorship per pair.
      input: {
        mentorId: fixtures.mentor(),
        menteeId: id(caller.subject),
        startsOn: '2025-02-03',
        focusCompetencyIds: ['2'],
      },
    }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'endMentorship',
    document: mutation('endMentorship', 'EndMentorshipInput'),
    variables: async (caller, fixtures) => ({
      input: { id: await fixtures.mentorship(caller.subject), endsOn: '2025-06-30' },
    }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'applyDegreeStudy',
    label: 'for the subject: the employee themself, or an administrator entering papers',
    document: mutation('applyDegreeStudy', 'ApplyDegreeStudyInput'),
    variables: (caller, fixtures) => ({ input: degreeApplication(fixtures, caller.subject) }),
    expected: only(['asn.self', 'admin']),
  },
  ...(
    [
      ['approveDegreeStudy', 'PENDING_MANAGER', 'manager.own'],
      ['approveDegreeStudy', 'PENDING_ADMIN', 'admin'],
      ['rejectDegreeStudy', 'PENDING_MANAGER', 'manager.own'],
      ['rejectDegreeStudy', 'PENDING_ADMIN', 'admin'],
    ] as const
  ).map(([field, stage, decider]): TableRow => ({
    field,
    label: `at ${stage}: only ${decider} decides`,
    document: mutation(field, 'DecideDegreeStudyInput'),
    variables: async (caller, fixtures) => ({
      input: { id: await degreeStudy(fixtures, caller.subject, stage as DegreeStudyStage), reason: 'Uji' },
    }),
    expected: only([decider]),
  })),
  {
    field: 'reportDegreeStudy',
    document: mutation('reportDegreeStudy', 'ReportDegreeStudyInput'),
    variables: async (caller, fixtures) => ({
      input: {
        studyId: await degreeStudy(fixtures, caller.subject, 'APPROVED'),
        semester: 1,
        gpa: 3.5,
        creditsEarned: 18,
      },
    }),
    expected: only(['asn.self', 'admin']),
  },
  // Last of the degree rows: the graduation raises the subject's education above the applications' S2.
  {
    field: 'graduateDegreeStudy',
    document: mutation('graduateDegreeStudy', 'GraduateDegreeStudyInput'),
    variables: async (caller, fixtures) => ({
      input: { id: await degreeStudy(fixtures, caller.subject, 'APPROVED'), graduatedOn: '2026-11-30' },
    }),
    expected: only(['admin']),
  },
  {
    field: 'proposePlacement',
    label: 'for the subject: the employee themself, or an administrator entering papers',
    document: mutation('proposePlacement', 'ProposePlacementInput'),
    variables: (caller, fixtures) => ({ input: placementProposal(fixtures, caller.subject) }),
    expected: only(['asn.self', 'admin']),
  },
  ...(['approvePlacement', 'rejectPlacement'] as const).map((field): TableRow => ({
    field,
    document: mutation(field, 'DecidePlacementInput'),
    variables: async (caller, fixtures) => ({
      input: { id: await placement(fixtures, caller.subject, 'PROPOSED'), reason: 'Uji' },
    }),
    expected: only([...MANAGER_ADMIN]),
  })),
  {
    field: 'completePlacement',
    document: mutation('completePlacement', 'CompletePlacementInput'),
    variables: async (caller, fixtures) => ({
      input: {
        id: await placement(fixtures, caller.subject, 'APPROVED_ENDED'),
        report: 'Target tercapai.',
        hostAssessment: 'BAIK',
      },
    }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'savePartnership',
    label: 'edit an agreement of agency 1',
    document: mutation('savePartnership', 'PartnershipInput'),
    variables: async (_caller, fixtures) => ({
      input: { ...partnershipInput(fixtures), id: await partnership(fixtures) },
    }),
    expected: only(['admin']),
  },
  {
    field: 'endPartnership',
    document: mutation('endPartnership', 'EndPartnershipInput'),
    variables: async (_caller, fixtures) => ({ input: { id: await partnership(fixtures), endedOn: '2026-01-31' } }),
    expected: only(['admin']),
  },
  {
    field: 'recordPartnershipActivity',
    document: mutation('recordPartnershipActivity', 'PartnershipActivityInput'),
    variables: async (_caller, fixtures) => ({
      input: {
        partnershipId: await partnership(fixtures),
        kind: 'PUBLIC_LECTURE',
        title: 'Kuliah umum uji',
        heldOn: '2025-06-02',
        participants: 30,
      },
    }),
    expected: only(['admin']),
  },
  {
    field: 'openNeedsSurvey',
    label: 'next year’s survey of the subject’s unit (unit 8 for administrators)',
    document: mutation('openNeedsSurvey', 'OpenNeedsSurveyInput'),
    // One survey per unit and year: each allowed caller opens a unit of its own, so neither finds it taken.
    variables: (caller) => ({
      input: {
        unitId: caller.role.startsWith('admin') ? '8' : String(caller.unit),
        year: SURVEY_YEAR + 1,
        closesOn: `${SURVEY_YEAR + 1}-01-31`,
      },
    }),
    expected: only(['manager.own', 'admin']),
  },
  {
    field: 'answerNeedsSurvey',
    label: 'one’s own answer to unit 6’s survey: anyone with an employee record in the agency',
    document: mutation('answerNeedsSurvey', 'AnswerNeedsSurveyInput'),
    variables: async (_caller, fixtures) => ({
      input: { surveyId: await unitSixSurvey(fixtures), competencyIds: ['21'], forms: ['CLASSICAL'] },
    }),
    expected: only(['asn.self', 'asn.other', 'manager.own', 'manager.outside', 'admin']),
  },
  {
    field: 'answerNeedsSurvey',
    label: 'the head’s additions to unit 6’s survey',
    document: mutation('answerNeedsSurvey', 'AnswerNeedsSurveyInput'),
    variables: async (_caller, fixtures) => ({
      input: { surveyId: await unitSixSurvey(fixtures), competencyIds: ['10'], forms: [], asManager: true },
    }),
    expected: only(['manager.own', 'manager.outside', 'admin']),
  },
  {
    field: 'addMentorshipLogEntry',
    document: mutation('addMentorshipLogEntry', 'AddMentorshipLogEntryInput'),
    variables: async (caller, fixtures) => ({
      input: {
        mentorshipId: await fixtures.mentorship(caller.subject),
        heldOn: '2025-02-03',
        kind: 'MEETING',
        note: 'Pertemuan pertama',
      },
    }),
    // The mentee themself logs too (the mentor as well, who is no caller of the table).
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'chooseCareerTarget',
    document: mutation('chooseCareerTarget', 'ChooseCareerTargetInput'),
    // Position 8 is the demo ASN's vertical move (rank 1 of their options); only the person themself chooses.
    variables: (caller) => ({ input: { employeeId: id(caller.subject), positionId: '8' } }),
    expected: only(['asn.self']),
  },
  {
    field: 'clearCareerTarget',
    document: mutation('clearCareerTarget', 'ClearCareerTargetInput'),
    variables: (caller) => ({ input: { employeeId: id(caller.subject) } }),
    expected: only(['asn.self']),
  },
  {
    field: 'setPositionStandard',
    document: mutation('setPositionStandard', 'SetPositionStandardInput'),
    variables: () => ({ input: { positionId: '7', items: [{ competencyId: '11', requiredLevel: 3 }] } }),
    expected: only(['admin']),
  },
  {
    field: 'createTrainingSession',
    document: mutation('createTrainingSession', 'CreateTrainingSessionInput'),
    variables: (_caller, fixtures) => ({
      input: {
        trainingId: OPEN_TRAINING,
        name: `Angkatan uji ${fixtures.next()}`,
        startDate: '2099-03-10',
        endDate: '2099-03-12',
        mode: 'OFFLINE',
        location: 'Ambon',
        capacity: 20,
        registrationDeadline: '2099-03-01',
      },
    }),
    // The catalog is national: any agency's administrator opens sessions of it.
    expected: only(['admin', 'admin.other']),
  },
  {
    field: 'setTrainingBudget',
    document: mutation('setTrainingBudget', 'SetTrainingBudgetInput'),
    variables: (caller, fixtures) => ({
      input: { unitId: id(caller.unit), year: 2030 + (fixtures.next() % 70), amount: 1_000_000 },
    }),
    expected: only(['admin']),
  },
  {
    field: 'setUnitSatisfaction',
    document: mutation('setUnitSatisfaction', 'SetUnitSatisfactionInput'),
    variables: (caller, fixtures) => ({
      input: { unitId: id(caller.unit), year: 2020 + (fixtures.next() % 7), score: 80 + (fixtures.next() % 20) },
    }),
    expected: only(['admin']),
  },
  {
    field: 'createDevelopmentPlan',
    document: mutation('createDevelopmentPlan', 'CreateDevelopmentPlanInput'),
    variables: (caller, fixtures) => ({
      input: { employeeId: id(caller.subject), year: fixtures.planYear(caller.subject) },
    }),
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'addTrainingsToPlan',
    document: mutation('addTrainingsToPlan', 'AddTrainingsToPlanInput'),
    variables: (caller, fixtures) => ({
      input: {
        employeeId: id(caller.subject),
        year: fixtures.planYear(caller.subject),
        items: [{ trainingId: OPEN_TRAINING }],
      },
    }),
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'removeTrainingFromPlan',
    document: mutation('removeTrainingFromPlan', 'RemoveTrainingFromPlanInput'),
    variables: async (caller, fixtures) => ({
      input: { planId: await fixtures.plan(caller.subject, 'DRAFT'), trainingId: OPEN_TRAINING },
    }),
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'submitDevelopmentPlan',
    document: mutation('submitDevelopmentPlan', 'PlanDecisionInput'),
    variables: async (caller, fixtures) => ({ input: { planId: await fixtures.plan(caller.subject, 'DRAFT') } }),
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'approveDevelopmentPlan',
    document: mutation('approveDevelopmentPlan', 'PlanDecisionInput'),
    variables: async (caller, fixtures) => ({ input: { planId: await fixtures.plan(caller.subject, 'SUBMITTED') } }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'returnDevelopmentPlan',
    document: mutation('returnDevelopmentPlan', 'PlanDecisionInput'),
    variables: async (caller, fixtures) => ({
      input: { planId: await fixtures.plan(caller.subject, 'SUBMITTED'), note: 'Tambahkan pelatihan teknis.' },
    }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'requestEnrolment',
    document: mutation('requestEnrolment', 'RequestEnrolmentInput'),
    variables: async (caller, fixtures) => ({
      input: { employeeId: id(caller.subject), sessionId: await fixtures.session() },
    }),
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'approveEnrolment',
    document: mutation('approveEnrolment', 'EnrolmentDecisionInput'),
    variables: onEnrolment('REQUESTED'),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'rejectEnrolment',
    document: mutation('rejectEnrolment', 'EnrolmentDecisionInput'),
    variables: onEnrolment('REQUESTED', { note: 'Kuota unit habis.' }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'cancelEnrolment',
    document: mutation('cancelEnrolment', 'EnrolmentDecisionInput'),
    variables: onEnrolment('REQUESTED'),
    expected: only([...SELF_MANAGER_ADMIN]),
  },
  {
    field: 'recordAttendance',
    document: mutation('recordAttendance', 'EnrolmentDecisionInput'),
    variables: onEnrolment('APPROVED'),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'recordResults',
    document: mutation('recordResults', 'RecordResultsInput'),
    variables: onEnrolment('ATTENDED', { completed: true, preTestScore: 55, postTestScore: 81 }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'recordReaction',
    document: mutation('recordReaction', 'RecordReactionInput'),
    variables: onEnrolment('COMPLETED', { rating: 4, comment: 'Bermanfaat.' }),
    expected: only(['asn.self']),
  },
  {
    field: 'rateApplication',
    document: mutation('rateApplication', 'RateApplicationInput'),
    variables: onEnrolment('COMPLETED', { rating: 2, followUp: 'MENTORING' }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'decideFollowUp',
    document: mutation('decideFollowUp', 'DecideFollowUpInput'),
    variables: onEnrolment('RATED_LOW', { accept: false }),
    expected: only([...MANAGER_ADMIN]),
  },
  {
    field: 'closeReassessmentProposal',
    document: mutation('closeReassessmentProposal', 'CloseReassessmentProposalInput'),
    variables: onEnrolment('COMPLETED'),
    expected: only([...MANAGER_ADMIN]),
  },
  ...MASTER_DATA_ROWS,
];

/** Signed-in users of agency 1 who act on their own record in the self-decision rows (Caller.self). */
const SELF_USERS = ['asn.self', 'asn.other', 'manager.own', 'manager.outside', 'admin'] as const;

/**
 * Nobody records anything about themself above a self-assessment, nor sets their own rating, potential or
 * standing. Each caller acts on their own record (others, who have none, on their subject, and are refused anyway).
 */
export const SELF_DECISION_ROWS: TableRow[] = [
  {
    field: 'recordAssessment',
    label: 'a self-assessment of oneself',
    document: mutation('recordAssessment', 'RecordAssessmentInput'),
    variables: (caller) => ({
      input: { employeeId: id(caller.self), competencyId: '1', level: 3, source: 'SELF', assessedOn: '2025-01-15' },
    }),
    expected: only([...SELF_USERS]),
  },
  ...(['MANAGER', 'ASSESSMENT_CENTER'] as const).map((source): TableRow => ({
    field: 'recordAssessment',
    label: `a ${source} assessment of oneself`,
    document: mutation('recordAssessment', 'RecordAssessmentInput'),
    variables: (caller) => ({
      input: { employeeId: id(caller.self), competencyId: '1', level: 5, source, assessedOn: '2025-01-15' },
    }),
    expected: only([]),
  })),
  {
    field: 'importAssessments',
    label: 'assessment centre results about oneself',
    document: `mutation ($input: ImportAssessmentsInput!) { importAssessments(input: $input) { imported } }`,
    variables: async (caller, fixtures) => ({
      input: {
        csv: `nip,competency_code,level,date\n${(await fixtures.employee(caller.self)).nip},INT,5,2025-01-15\n`,
        assessor: 'Pusat Asesmen',
      },
    }),
    expected: only([], { 'admin.other': HIDDEN }),
  },
  ...(
    [
      ['own potential', () => ({ potentialScore: 99 })],
      ['own predikat', () => ({ performancePredikat: 'SANGAT_BAIK' })],
      ['own golongan', () => ({ golongan: 'IV_E' })],
    ] as const
  ).map(([label, change]): TableRow => ({
    field: 'updateEmployee',
    label,
    document: mutation('updateEmployee', 'UpdateEmployeeInput'),
    variables: async (caller, fixtures) => ({
      input: { id: id(caller.self), version: (await fixtures.employee(caller.self)).version, ...change() },
    }),
    expected: only([]),
  })),
  // Nobody records their own golongan, predikat, post or education, an administrator included.
  {
    field: 'recordPerformanceRating',
    label: 'own predikat',
    document: mutation('recordPerformanceRating', 'RecordPerformanceRatingInput'),
    variables: (caller) => ({
      input: { employeeId: id(caller.self), year: 2026, predikat: 'SANGAT_BAIK', ratedBy: 'Diri Sendiri' },
    }),
    expected: only([]),
  },
  {
    field: 'recordRank',
    label: 'own golongan',
    document: mutation('recordRank', 'RecordRankInput'),
    variables: (caller) => ({
      input: { employeeId: id(caller.self), golongan: 'IV_E', tmt: '2026-11-30', decreeNumber: 'SK/SENDIRI/1' },
    }),
    expected: only([]),
  },
  {
    field: 'importHistories',
    label: 'own ratings',
    document: `mutation ($input: ImportHistoriesInput!) { importHistories(input: $input) { imported } }`,
    variables: async (caller, fixtures) => ({
      input: {
        kind: 'RATING',
        csv: `nip,tahun,predikat,penilai\n${(await fixtures.employee(caller.self)).nip},2026,Sangat Baik,Diri Sendiri\n`,
      },
    }),
    // Another agency's administrator cannot see the NIP at all, as for assessment imports.
    expected: only([], { 'admin.other': HIDDEN }),
  },
  {
    field: 'recordCertificate',
    label: 'own certificate',
    document: mutation('recordCertificate', 'RecordCertificateInput'),
    variables: (caller, fixtures) => ({ input: fixtures.certificateInput(caller.self) }),
    expected: only([]),
  },
];
