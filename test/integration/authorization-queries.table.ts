// The authorization table, queries: every root Query field of schema/api.graphql, tried by every role on the
// subject its role acts on (support/identities.ts). Catalog data is public; personal data needs the right caller.
import { ASN_SELF, type Caller, type Role } from '../support/identities.js';
import { expect } from 'vitest';
import {
  type Filtered,
  HIDDEN,
  PUBLIC,
  only,
  personalFieldsNull,
  personalNullExcept,
  type TableRow,
} from './authorization-outcomes.js';

const id = (value: number | string) => String(value);
const READERS_OF_SUBJECT = ['asn.self', 'manager.own', 'admin', 'key', 'key.pii'] as const;
const AGENCY_1 = ['asn.self', 'asn.other', 'manager.own', 'manager.outside', 'admin', 'key', 'key.pii'] as const;
/** Unit 6's members: the manager's people, all of whose personal fields the manager reads. */
const UNIT_6 = [4, 14, 15, 16, 19, 20, 21, 65, 75];
/** Whose NIPs a caller reads in a list: an ASN their own, the manager (of unit 6) their people's. */
const ownOrManaged = (caller: Caller) =>
  caller.role.startsWith('asn') ? [ASN_SELF] : caller.role.startsWith('manager') ? UNIT_6 : [];
/** On a public record, one field null with a refusal (UNAUTHENTICATED for anonymous, FORBIDDEN otherwise). */
const fieldRefused = (name: string): Filtered => ({
  filtered: `${name} null with a refusal`,
  check(response, field) {
    const record = response.data?.[field] as Record<string, unknown> | null;
    expect(record, 'the record itself is readable').toBeTruthy();
    expect(record![name], `${name} is withheld`).toBeNull();
    expect(response.errors?.map((error) => error.path?.at(-1))).toEqual([name]);
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(response.errors![0]!.extensions?.code);
  },
});
/** On a public unit, a trend null with a refusal on it for everyone who may not read it. */
const refusedFor = (name: string): Partial<Record<Role, Filtered>> => {
  const outcome: Filtered = {
    filtered: `${name} null with a refusal`,
    check(response, field) {
      const record = response.data?.[field] as Record<string, unknown> | null;
      expect(record, 'the unit itself is readable').toBeTruthy();
      expect(record![name] ?? null, `${name} is withheld`).toBeNull();
      const codes = (response.errors ?? []).map((error) => error.extensions?.code);
      expect(codes.length, 'refused').toBeGreaterThan(0);
      for (const code of codes) expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(code);
      expect(response.errors?.map((error) => error.path?.at(-1))).toEqual([name]);
    },
  };
  const roles = ['anonymous', 'asn.self', 'asn.other', 'manager.outside', 'admin.other', 'key', 'key.other'] as const;
  return Object.fromEntries(roles.map((role) => [role, outcome]));
};
const catalog = (field: string, document: string, variables: Record<string, unknown> = {}): TableRow => ({
  field,
  document,
  variables: () => variables,
  expected: PUBLIC,
});

/** An ASN's own degree studies or placements; a manager's people's and their own (unit 6). */
const ownStudies: Filtered = {
  filtered: 'only the caller’s own studies, or their people’s',
  check(response, field, caller) {
    const rows = response.data?.[field] as { employee: { id: string } }[];
    expect(response.errors ?? []).toEqual([]);
    const visible = (caller.role.startsWith('asn') ? [ASN_SELF] : UNIT_6).map(String);
    for (const row of rows) expect(visible).toContain(row.employee.id);
    if (caller.role.startsWith('manager')) expect(rows.length, 'the seeded application in unit 6').toBeGreaterThan(0);
  },
};
/** The SIASN export of someone the caller may not export: null with a refusal, its own or that of the NIPs it
 *  @requires from personnel; the rest of the record stays. */
const siasnRefused = (name: string): Filtered => ({
  filtered: `${name} null with a refusal (its own, or of the NIPs it requires)`,
  check(response, field) {
    const record = response.data?.[field] as Record<string, unknown> | null;
    expect(record, 'the record itself is readable').toBeTruthy();
    expect(record![name], 'the export is withheld').toBeNull();
    expect(response.errors?.length, 'a refusal').toBeGreaterThan(0);
    for (const error of response.errors ?? []) {
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect([name, 'nipFormatted', 'memberNips']).toContain(error.path?.at(-1));
    }
  },
});
/** The sync feeds (docs/sync.md): an agency's administrators and API keys, each for its own agency. */
const syncFeeds = (fields: string[], allowed: Parameters<typeof only>[0]): TableRow[] =>
  fields.map((field) => ({
    field,
    document: `query { ${field}(first: 5) { cursor hasMore } }`,
    variables: () => ({}),
    expected: only(allowed),
  }));

export const QUERY_ROWS: TableRow[] = [
  {
    field: 'degreeStudies',
    document: `query { degreeStudies { id employee { id } } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other'], {
      'asn.self': ownStudies,
      'asn.other': ownStudies,
      'manager.own': ownStudies,
      'manager.outside': ownStudies,
    }),
  },
  {
    field: 'partnerships',
    document: `query { partnerships { id status } }`,
    variables: () => ({}),
    // Each administrator lists their own agency's agreements.
    expected: only(['admin', 'admin.other']),
  },
  {
    field: 'placements',
    document: `query { placements { id employee { id } } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other'], {
      'asn.self': ownStudies,
      'asn.other': ownStudies,
      'manager.own': ownStudies,
      'manager.outside': ownStudies,
    }),
  },
  catalog('schemes', `query { schemes(first: 5) { totalCount edges { node { id name } } } }`),
  catalog('scheme', `query { scheme(id: "1") { id name } }`),
  catalog('issuers', `query { issuers { id code } }`),
  catalog('demoUsers', `query { demoUsers { username role } }`),
  catalog('agencies', `query { agencies { id name } }`),
  {
    field: 'apiKeys',
    document: `query { apiKeys { id name scopes createdBy revokedAt } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other']),
  },
  {
    field: 'auditActors',
    document: `query { auditActors(actors: ["user:1", "apiKey:1", "system"]) { actor name } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other']),
  },
  catalog('agency', `query { agency(id: "1") { id name } }`),
  {
    ...catalog(
      'agency',
      `query { agency(id: "1") { id timeZone mentorMenteeLimit jpSettings { jpTarget } expiringWithinDays } }`,
    ),
    label: 'its settings, JP settings and expiring window',
  },
  catalog('careerLadder', `query { careerLadder(agencyId: "1") { id } }`),
  catalog('competencies', `query { competencies { id code } }`),
  catalog('competency', `query { competency(id: "1") { id code } }`),
  catalog('positions', `query { positions(agencyId: "1") { id name } }`),
  catalog('position', `query { position(id: "7") { id name } }`),
  catalog('positionStandard', `query { positionStandard(positionId: "7") { requiredLevel competency { id } } }`),
  catalog('units', `query { units(agencyId: "1") { id name } }`),
  catalog('unit', `query { unit(id: "6") { id name } }`),
  catalog('trainingProviders', `query { trainingProviders { id name } }`),
  catalog('sessions', `query { sessions(first: 5) { totalCount edges { node { id name } } } }`),
  catalog('session', `query { session(id: "1") { id name } }`),
  catalog('trainings', `query { trainings(first: 5) { totalCount edges { node { id code } } } }`),
  catalog('training', `query { training(id: "13") { id code } }`),
  {
    field: 'unit',
    label: 'members of the subject’s unit',
    document: `query ($id: ID!) { unit(id: $id) { memberIds } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key', 'key.pii']),
  },
  {
    field: 'unit',
    label: 'the evaluation inbox (keys decide nothing: empty lists)',
    document: `query ($id: ID!) { unit(id: $id) { applicationRatingsDue { id } followUpProposals { id }
      reassessmentProposals { id } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key', 'key.pii']),
  },
  {
    field: 'unit',
    label: 'JPM category shares of the subject’s unit (personal readiness, counted)',
    document: `query ($id: ID!) { unit(id: $id) { jpmCategoryShares { category count } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    // The unit is public: a refusal nulls the shares only.
    expected: only(['manager.own', 'admin', 'key.pii'], {
      anonymous: fieldRefused('jpmCategoryShares'),
      'asn.self': fieldRefused('jpmCategoryShares'),
      'asn.other': fieldRefused('jpmCategoryShares'),
      'manager.outside': fieldRefused('jpmCategoryShares'),
      'admin.other': fieldRefused('jpmCategoryShares'),
      key: fieldRefused('jpmCategoryShares'),
      'key.other': fieldRefused('jpmCategoryShares'),
    }),
  },
  {
    field: 'unit',
    label: 'JPM category trend of the subject’s unit',
    document: `query ($id: ID!) { unit(id: $id) { jpmCategoryTrend(years: [2025, 2026]) { year shares { count } } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii'], refusedFor('jpmCategoryTrend')),
  },
  {
    field: 'unit',
    label: 'success trend of the subject’s unit (ratings, levels, IKM, spend, JP)',
    document: `query ($id: ID!) { unit(id: $id) { successTrend(years: [2025, 2026]) { year ratingRose satisfactionIndex } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    // Built from the members' ratings and assessments, which personnel refuses like the member ids (the unit too).
    expected: only(['manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'unit',
    label: 'training budget and spend of the subject’s unit',
    document: `query ($id: ID!) { unit(id: $id) { trainingSpend(year: 2026) { budget committed } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key', 'key.pii']),
  },
  {
    field: 'employee',
    label: 'directory fields',
    document: `query ($id: ID!) { employee(id: $id) { id name position { id } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...AGENCY_1]),
  },
  {
    field: 'employee',
    label: 'personal fields',
    document: `query ($id: ID!) { employee(id: $id) { id name nip birthDate gender } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT], {
      key: personalFieldsNull('nip', 'birthDate', 'gender'),
      'asn.other': personalFieldsNull('nip', 'birthDate', 'gender'),
      'manager.outside': personalFieldsNull('nip', 'birthDate', 'gender'),
    }),
  },
  {
    field: 'employee',
    label: 'histories (personal)',
    document: `query ($id: ID!) { employee(id: $id) { id name performanceRatings { year } rankHistory { tmt }
      positionHistory { fromDate } educationHistory { level } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT], {
      key: personalFieldsNull('performanceRatings', 'rankHistory', 'positionHistory', 'educationHistory'),
      'asn.other': personalFieldsNull('performanceRatings', 'rankHistory', 'positionHistory', 'educationHistory'),
      'manager.outside': personalFieldsNull('performanceRatings', 'rankHistory', 'positionHistory', 'educationHistory'),
    }),
  },
  {
    field: 'employee',
    label: 'career options and why there are none (personal)',
    document: `query ($id: ID!) { employee(id: $id) { id name careerOptions { positionId } careerPlanEmptyReason } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT], {
      key: personalFieldsNull('careerOptions', 'careerPlanEmptyReason'),
      'asn.other': personalFieldsNull('careerOptions', 'careerPlanEmptyReason'),
      'manager.outside': personalFieldsNull('careerOptions', 'careerPlanEmptyReason'),
    }),
  },
  {
    field: 'employee',
    label: 'gaps against the own position’s standard (personal)',
    document: `query ($id: ID!) { employee(id: $id) { id name competencyGaps { competencyId gap } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT], {
      key: personalFieldsNull('competencyGaps'),
      'asn.other': personalFieldsNull('competencyGaps'),
      'manager.outside': personalFieldsNull('competencyGaps'),
    }),
  },
  {
    field: 'employee',
    label: 'levels against the own position’s standard with gaps and severities (personal)',
    document: `query ($id: ID!) { employee(id: $id) { id name standardLevels { competencyId gap severity } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT], {
      key: personalFieldsNull('standardLevels'),
      'asn.other': personalFieldsNull('standardLevels'),
      'manager.outside': personalFieldsNull('standardLevels'),
    }),
  },
  {
    field: 'employee',
    label: 'by NIP (reveals the birth date)',
    document: `query ($nip: String!) { employee(nip: $nip) { id name } }`,
    variables: async (caller, fixtures) => ({ nip: (await fixtures.employee(caller.subject)).nip }),
    // Whoever may not see the NIP gets what a NIP nobody has gets: existence itself is personal.
    expected: only(
      [...READERS_OF_SUBJECT].filter((role) => role !== 'key'),
      {
        'asn.other': HIDDEN,
        'manager.outside': HIDDEN,
        'admin.other': HIDDEN,
        key: HIDDEN,
        'key.other': HIDDEN,
      },
    ),
  },
  {
    field: 'employees',
    label: 'the directory of the caller’s agency',
    document: `query { employees(first: 5) { totalCount edges { node { id name } } } }`,
    variables: () => ({}),
    expected: only([...AGENCY_1, 'admin.other', 'key.other']),
  },
  {
    field: 'employees',
    label: 'NIPs of the subject’s unit',
    document: /* GraphQL */ `
      query ($unitId: ID!) {
        employees(first: 20, filter: { unitId: $unitId, includeSubUnits: true }) {
          edges {
            node {
              id
              nip
            }
          }
        }
      }
    `,
    variables: (caller) => ({ unitId: id(caller.unit) }),
    expected: only(['admin', 'key.pii'], {
      'asn.self': personalNullExcept('nip', ownOrManaged),
      'asn.other': personalNullExcept('nip', ownOrManaged),
      'manager.own': personalNullExcept('nip', ownOrManaged),
      'manager.outside': personalNullExcept('nip', ownOrManaged),
      key: personalNullExcept('nip', () => []),
      'admin.other': HIDDEN,
      'key.other': HIDDEN,
    }),
  },
  {
    field: 'certificate',
    document: `query ($id: ID!) { certificate(id: $id) { id number } }`,
    variables: async (caller, fixtures) => ({ id: await fixtures.certificate(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT]),
  },
  {
    field: 'certificates',
    document: /* GraphQL */ `
      query ($employeeId: ID!) {
        certificates(first: 10, filter: { employeeId: $employeeId }) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    `,
    variables: async (caller, fixtures) => {
      await fixtures.certificate(caller.subject);
      return { employeeId: id(caller.subject) };
    },
    expected: only([...READERS_OF_SUBJECT], { 'admin.other': HIDDEN, 'key.other': HIDDEN }),
  },
  {
    field: 'certificationAuditLog',
    document: `query { certificationAuditLog(first: 5) { id entityName } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other']),
  },
  {
    field: 'personnelAuditLog',
    document: `query { personnelAuditLog(first: 5) { id entityName } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other']),
  },
  {
    field: 'pastTrainingsToVerify',
    document: `query { pastTrainingsToVerify { id status } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other']),
  },
  {
    field: 'trainingAuditLog',
    document: `query { trainingAuditLog(first: 5) { id entityName } }`,
    variables: () => ({}),
    expected: only(['admin', 'admin.other']),
  },
  {
    field: 'careerOption',
    label: 'Pranata Komputer Ahli Muda for the subject (readiness is personal)',
    document: `query ($employeeId: ID!) { careerOption(employeeId: $employeeId, positionId: "8") { positionId jpm } }`,
    variables: (caller) => ({ employeeId: id(caller.subject) }),
    expected: only(['asn.self', 'manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'mentorSuggestions',
    label: 'colleagues’ levels of one competency, for the subject as mentee',
    document: `query ($employeeId: ID!) { mentorSuggestions(employeeId: $employeeId, competencyId: "1") { targetLevel suggestions { level } } }`,
    variables: (caller) => ({ employeeId: id(caller.subject) }),
    expected: only(['manager.own', 'admin']),
  },
  {
    field: 'teamMatrix',
    document: `query ($unitId: ID!) { teamMatrix(input: { unitId: $unitId }) { unit { id } rows { __typename } } }`,
    variables: (caller) => ({ unitId: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'teamMatrix',
    label: 'as of a past date',
    document: `query ($unitId: ID!) { teamMatrix(input: { unitId: $unitId, asOf: "2026-01-31" }) { asOf rows { jpm } } }`,
    variables: (caller) => ({ unitId: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'teamGrowth',
    document: `query ($unitId: ID!) { teamGrowth(input: { unitId: $unitId, from: "2025-12-31", to: "2026-01-31" }) { rows { levelGain } } }`,
    variables: (caller) => ({ unitId: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'mostImproved',
    document: `query ($unitId: ID!) { mostImproved(unitId: $unitId, year: 2026) { rows { levelGain jpmChange } } }`,
    variables: (caller) => ({ unitId: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'talentGrid',
    document: `query ($unitId: ID!) { talentGrid(unitId: $unitId, includeSubUnits: true) { employeeCount } }`,
    variables: (caller) => ({ unitId: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'successionPlan',
    label: 'the whole agency',
    document: `query { successionPlan(agencyId: "1") { poolSize positions { position { id } } } }`,
    variables: () => ({}),
    expected: only(['admin', 'key.pii']),
  },
  {
    field: 'successionPlan',
    label: 'a unit and its sub-units',
    document: `query ($unitId: ID!) { successionPlan(agencyId: "1", unitId: $unitId) { poolSize withoutReadySuccessor } }`,
    variables: (caller) => ({ unitId: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii']),
  },
  {
    field: 'enrolment',
    document: `query ($id: ID!) { enrolment(id: $id) { id status } }`,
    variables: async (caller, fixtures) => ({ id: await fixtures.enrolment(caller.subject, 'REQUESTED') }),
    expected: only([...READERS_OF_SUBJECT]),
  },
  {
    field: 'enrolment',
    label: 'the participant’s own rating (personal)',
    document: `query ($id: ID!) { enrolment(id: $id) { id reactionRating reactionComment } }`,
    variables: async (caller, fixtures) => ({ id: await fixtures.enrolment(caller.subject, 'REQUESTED') }),
    expected: only([...READERS_OF_SUBJECT], { key: personalFieldsNull('reactionRating', 'reactionComment') }),
  },
  {
    field: 'employee',
    label: 'training and certification fields',
    document: `query ($id: ID!) { employee(id: $id) { id name enrolments { id } certificates { id } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT], {
      'asn.other': personalFieldsNull('enrolments', 'certificates'),
      'manager.outside': personalFieldsNull('enrolments', 'certificates'),
    }),
  },
  {
    field: 'employee',
    label: 'this year’s JP projection',
    document: `query ($id: ID!) { employee(id: $id) { id jpProjection { year shortfall suggestedSessions { jp } } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only([...READERS_OF_SUBJECT], {
      'asn.other': personalFieldsNull('jpProjection'),
      'manager.outside': personalFieldsNull('jpProjection'),
    }),
  },
  {
    field: 'employee',
    label: 'the subject’s notification feeds (the person themself only, no administrator)',
    document: `query ($id: ID!) {
      employee(id: $id) { id trainingNotifications { unreadCount } certificationNotifications { unreadCount } }
    }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only(
      ['asn.self'],
      Object.fromEntries(
        (['asn.other', 'manager.own', 'manager.outside', 'admin', 'key', 'key.pii'] as const).map((role) => [
          role,
          personalFieldsNull('trainingNotifications', 'certificationNotifications'),
        ]),
      ),
    ),
  },
  {
    field: 'employee',
    label: 'the reminder sweep’s fields (the agency’s administrator only: they write the reminders due)',
    document: `query ($id: ID!) { employee(id: $id) { id trainingRemindersSwept certificateRemindersSwept } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only(
      ['admin'],
      Object.fromEntries(
        (['asn.self', 'asn.other', 'manager.own', 'manager.outside', 'key', 'key.pii'] as const).map((role) => [
          role,
          personalFieldsNull('trainingRemindersSwept', 'certificateRemindersSwept'),
        ]),
      ),
    ),
  },
  {
    field: 'unit',
    label: 'JP projection of the subject’s unit (names people)',
    document: `query ($id: ID!) { unit(id: $id) { id jpProjection { year atRisk { employee { id } } } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    expected: only(['manager.own', 'admin', 'key.pii'], { key: personalFieldsNull('jpProjection') }),
  },
  {
    field: 'employee',
    label: 'SIASN riwayat kursus export (the person, their administrator, a pii:read key)',
    document: `query ($id: ID!) { employee(id: $id) { id siasnKursus(from: "2020-01-01", to: "2026-12-31") { csv } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only(['asn.self', 'admin', 'key.pii'], {
      'asn.other': siasnRefused('siasnKursus'),
      'manager.own': siasnRefused('siasnKursus'),
      'manager.outside': siasnRefused('siasnKursus'),
      key: siasnRefused('siasnKursus'),
    }),
  },
  {
    field: 'unit',
    label: 'SIASN riwayat kursus export of the subject’s unit (the administrator, a pii:read key)',
    document: `query ($id: ID!) { unit(id: $id) { id siasnKursus(from: "2020-01-01", to: "2026-12-31") { csv } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    expected: only(['admin', 'key.pii'], {
      'manager.own': siasnRefused('siasnKursus'),
      key: siasnRefused('siasnKursus'),
    }),
  },
  {
    field: 'employee',
    label: 'SIASN riwayat sertifikasi export (the holder, their administrator, a pii:read key)',
    document: `query ($id: ID!) { employee(id: $id) { id siasnSertifikasi(from: "2000-01-01", to: "2026-12-31") { csv } } }`,
    variables: (caller) => ({ id: id(caller.subject) }),
    expected: only(['asn.self', 'admin', 'key.pii'], {
      'asn.other': siasnRefused('siasnSertifikasi'),
      'manager.own': siasnRefused('siasnSertifikasi'),
      'manager.outside': siasnRefused('siasnSertifikasi'),
      key: siasnRefused('siasnSertifikasi'),
    }),
  },
  {
    field: 'unit',
    label: 'SIASN riwayat sertifikasi export of the subject’s unit (the administrator, a pii:read key)',
    document: `query ($id: ID!) { unit(id: $id) { id siasnSertifikasi(from: "2000-01-01", to: "2026-12-31") { csv } } }`,
    variables: (caller) => ({ id: id(caller.unit) }),
    expected: only(['admin', 'key.pii'], {
      'manager.own': siasnRefused('siasnSertifikasi'),
      key: siasnRefused('siasnSertifikasi'),
    }),
  },
  ...syncFeeds(['employeeChanges', 'certificateChanges'], ['admin', 'admin.other', 'key', 'key.pii', 'key.other']),
  // Assessments, ratings, histories and enrolments are personal: an API key needs pii:read besides its read scope.
  ...syncFeeds(
    [
      'assessmentChanges',
      'performanceRatingChanges',
      'rankHistoryChanges',
      'positionHistoryChanges',
      'educationHistoryChanges',
      'enrolmentChanges',
    ],
    ['admin', 'admin.other', 'key.pii', 'key.other'],
  ),
];
