// The authorization table, the master-data and past-training mutations. An administrator keeps their own
// agency's rows: new rows are allowed to any agency's administrator (they land in the caller's agency), changes to
// agency 1's rows only to agency 1's. A past training is recorded and verified by an administrator, never by its
// owner; the owner alone submits it.
import {
  PAST_TRAINING,
  SIASN_CSV,
  agencyCompetency,
  agencyIssuer,
  agencyPosition,
  agencyProvider,
  agencyScheme,
  agencyTraining,
  agencyUnit,
  pendingPastTraining,
  competencyInput,
  issuerInput,
  positionInput,
  providerInput,
  schemeInput,
  trainingInput,
} from '../support/master-data-fixtures.js';
import { only, type TableRow } from './authorization-outcomes.js';

const mutation = (field: string, inputType: string, selection = '__typename') =>
  `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;
const EITHER_ADMIN = only(['admin', 'admin.other']);
const ADMIN = only(['admin']);
const SESSION_FIELDS = {
  name: 'Angkatan uji diubah',
  startDate: '2099-02-10',
  endDate: '2099-02-12',
  mode: 'OFFLINE',
  location: 'Ambon',
  capacity: 30,
  registrationDeadline: '2099-02-01',
};

export const MASTER_DATA_ROWS: TableRow[] = [
  {
    field: 'recordPastTraining',
    document: mutation('recordPastTraining', 'PastTrainingInput'),
    variables: (caller) => ({ input: { employeeId: String(caller.subject), ...PAST_TRAINING } }),
    expected: ADMIN,
  },
  {
    field: 'submitPastTraining',
    document: mutation('submitPastTraining', 'PastTrainingInput'),
    variables: (caller) => ({ input: { employeeId: String(caller.subject), ...PAST_TRAINING } }),
    expected: only(['asn.self']),
  },
  {
    field: 'verifyPastTraining',
    document: mutation('verifyPastTraining', 'VerifyPastTrainingInput'),
    variables: async (_caller, fixtures) => ({ input: { pastTrainingId: await pendingPastTraining(fixtures) } }),
    expected: ADMIN,
  },
  {
    field: 'rejectPastTraining',
    document: mutation('rejectPastTraining', 'RejectPastTrainingInput'),
    variables: async (_caller, fixtures) => ({
      input: { pastTrainingId: await pendingPastTraining(fixtures), reason: 'Sertifikat tidak terbaca' },
    }),
    expected: ADMIN,
  },
  {
    field: 'importPastTrainings',
    document: mutation('importPastTrainings', 'ImportPastTrainingsInput'),
    variables: (caller) => ({ input: { employeeId: String(caller.subject), csv: SIASN_CSV } }),
    expected: ADMIN,
  },
  {
    field: 'saveTraining',
    document: mutation('saveTraining', 'TrainingInput'),
    variables: (_caller, fixtures) => ({ input: trainingInput(fixtures) }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'retireTraining',
    document: mutation('retireTraining', 'RetireInput'),
    variables: async (_caller, fixtures) => ({ input: { id: await agencyTraining(fixtures) } }),
    expected: ADMIN,
  },
  {
    field: 'saveProvider',
    document: mutation('saveProvider', 'ProviderInput'),
    variables: (_caller, fixtures) => ({ input: providerInput(fixtures) }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'retireProvider',
    document: mutation('retireProvider', 'RetireInput'),
    variables: async (_caller, fixtures) => ({ input: { id: await agencyProvider(fixtures) } }),
    expected: ADMIN,
  },
  {
    field: 'updateTrainingSession',
    document: mutation('updateTrainingSession', 'UpdateTrainingSessionInput'),
    variables: async (_caller, fixtures) => ({ input: { sessionId: await fixtures.session(), ...SESSION_FIELDS } }),
    expected: ADMIN,
  },
  {
    field: 'cancelTrainingSession',
    document: mutation('cancelTrainingSession', 'CancelTrainingSessionInput'),
    variables: async (_caller, fixtures) => ({
      input: { sessionId: await fixtures.session(), reason: 'Uji pembatalan' },
    }),
    expected: ADMIN,
  },
  {
    field: 'createUnit',
    document: mutation('createUnit', 'CreateUnitInput'),
    variables: (caller, fixtures) => ({
      input: { parentId: String(caller.unit), name: `Unit Uji ${fixtures.next()}` },
    }),
    expected: ADMIN,
  },
  {
    field: 'renameUnit',
    document: mutation('renameUnit', 'RenameUnitInput'),
    variables: async (caller, fixtures) => ({
      input: { unitId: await agencyUnit(fixtures, caller.unit), name: `Unit Uji ${fixtures.next()}` },
    }),
    expected: ADMIN,
  },
  {
    field: 'moveUnit',
    document: mutation('moveUnit', 'MoveUnitInput'),
    variables: async (caller, fixtures) => ({
      input: { unitId: await agencyUnit(fixtures, caller.unit), parentId: '2' },
    }),
    expected: ADMIN,
  },
  {
    field: 'saveScheme',
    document: mutation('saveScheme', 'SchemeInput'),
    variables: (_caller, fixtures) => ({ input: schemeInput(fixtures) }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'retireScheme',
    document: mutation('retireScheme', 'RetireSchemeInput'),
    variables: async (_caller, fixtures) => ({ input: { schemeId: await agencyScheme(fixtures) } }),
    expected: ADMIN,
  },
  {
    field: 'setExpiringWindow',
    document: `mutation ($input: SetExpiringWindowInput!) { setExpiringWindow(input: $input) }`,
    variables: (_caller, fixtures) => ({ input: { days: 30 + (fixtures.next() % 300) } }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'saveCompetency',
    document: mutation('saveCompetency', 'CompetencyInput'),
    variables: (_caller, fixtures) => ({ input: competencyInput(fixtures) }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'retireCompetency',
    document: mutation('retireCompetency', 'RetirePersonnelRowInput'),
    variables: async (_caller, fixtures) => ({ input: { id: await agencyCompetency(fixtures) } }),
    expected: ADMIN,
  },
  {
    field: 'savePosition',
    document: mutation('savePosition', 'PositionInput'),
    // In the subject's unit, of agency 1: another agency's administrator may not place a post there.
    variables: (caller) => ({ input: positionInput(caller.unit) }),
    expected: ADMIN,
  },
  {
    field: 'retirePosition',
    document: mutation('retirePosition', 'RetirePersonnelRowInput'),
    variables: async (caller, fixtures) => ({ input: { id: await agencyPosition(fixtures, caller.unit) } }),
    expected: ADMIN,
  },
  {
    field: 'updateAgencySettings',
    document: mutation('updateAgencySettings', 'AgencySettingsInput'),
    variables: () => ({
      input: { jpmFormula: 'BKN', assessmentValidityYears: 3, potentialMenengahFrom: 60, potentialTinggiFrom: 80 },
    }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'setJpSettings',
    document: mutation('setJpSettings', 'JpSettingsInput'),
    variables: () => ({ input: { jpTarget: 20, pppkJpCap: 24, postTestPassScore: 70 } }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'saveIssuer',
    document: mutation('saveIssuer', 'IssuerInput'),
    variables: (_caller, fixtures) => ({ input: issuerInput(fixtures) }),
    expected: EITHER_ADMIN,
  },
  {
    field: 'retireIssuer',
    document: mutation('retireIssuer', 'RetireIssuerInput'),
    variables: async (_caller, fixtures) => ({ input: { issuerId: await agencyIssuer(fixtures) } }),
    expected: ADMIN,
  },
];
