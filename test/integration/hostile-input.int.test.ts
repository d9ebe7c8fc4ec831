// Hostile and malformed input through the gateway, on both databases: impossible NIPs, levels and dates, huge
// strings and pages, unknown ids, wrong types, injection-looking text, a CSV with bad rows, over-deep and
// over-aliased documents, oversized and broken bodies. Each gets a clear error (BAD_USER_INPUT naming the field and
// a reason, where it is input), no response shows a stack trace or an internal address, and every batch leaves
// every table of the three databases as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabases } from '../support/db-snapshot.js';
import { graphql, type GraphqlResponse } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const CREATE_EMPLOYEE = `mutation ($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`;
const RECORD_ASSESSMENT = `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`;
const IMPORT = `mutation ($input: ImportAssessmentsInput!) { importAssessments(input: $input) { imported } }`;
const SEARCH = `query ($s: String) { employees(first: 5, filter: { includeSubUnits: true, search: $s }) { totalCount } }`;
const HUGE = 'x'.repeat(100_000);
const PERSISTED = JSON.parse(
  readFileSync(new URL('../../web/src/graphql/persisted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;
const INJECTIONS = [
  "' OR 1=1 --",
  '"; DROP TABLE employee; --',
  '<script>alert(1)</script>',
  '${process.env.JWT_SECRET}',
];

const employeeInput = (changes: Record<string, unknown>) => ({
  input: {
    nip: '199004122015031901',
    name: 'Pegawai Uji',
    employeeType: 'PNS',
    golongan: 'III_A',
    education: 'S1',
    positionId: '7',
    unitId: '6',
    positionSince: '2024-03-01',
    ...changes,
  },
});
const assessmentInput = (changes: Record<string, unknown>) => ({
  input: { employeeId: '15', competencyId: '1', level: 3, source: 'MANAGER', assessedOn: '2025-01-15', ...changes },
});

/** Nothing a client should see of the inside: stack frames, file paths, internal addresses. */
function expectNothingInternal(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|\.(?:ts|js|mjs):\d+|node_modules|127\.0\.0\.1|localhost|"stack"/);
}

/** Soft: every case of a batch is tried and reported, not only up to the first that fails. */
function expectInputError(response: GraphqlResponse<unknown>, field: string, reason?: string): void {
  expectNothingInternal(response);
  const error = response.errors?.[0];
  expect.soft(error?.extensions, JSON.stringify(response.errors)?.slice(0, 300)).toMatchObject({
    code: 'BAD_USER_INPUT',
    field,
    reason: reason ?? expect.any(String),
  });
}

/** A document refused by the gateway's limits: errors, no data, not a server failure. */
function expectRefused(response: GraphqlResponse<unknown>, limit: RegExp): void {
  expectNothingInternal(response);
  expect(response.status).toBeLessThan(500);
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.[0]?.message).toMatch(limit);
}

describe.each(DATABASES)('hostile input through the gateway on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(stack.gatewayUrl, query, variables, { token: admin });

  beforeAll(async () => {
    stack = await startTestStack({ database, envOf: { gateway: { RATE_LIMIT_PER_MINUTE: '100000' } } });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
  });
  afterAll(() => stack?.stop());

  /** A batch of hostile requests that must leave every table as it was. */
  const batch = (name: string, run: () => Promise<void>) =>
    it(name, async () => {
      const before = await snapshotDatabases(stack.databaseEnv);
      await run();
      expect(diffSnapshots(before, await snapshotDatabases(stack.databaseEnv)), 'wrote nothing').toEqual([]);
    });

  batch('malformed and impossible NIPs are refused with the rule they break', async () => {
    const cases: [string, string, string][] = [
      ['wrong length', '19900412201503190', 'NIP_FORMAT'],
      ['letters', '1990041220150319AB', 'NIP_FORMAT'],
      ['birth date 1990-02-31', '199002312015031901', 'NIP_BIRTH_DATE'],
      ['birth month 13', '199013122015031901', 'NIP_BIRTH_DATE'],
      ['birth day 41, a woman', '199004412015032901', 'NIP_BIRTH_DATE'],
      ['appointed before 18', '199004122005031901', 'NIP_APPOINTMENT_BEFORE_18'],
      ['sequence 000', '199004122015031000', 'NIP_SEQUENCE'],
      ['appointed in the future', '199004122099031901', 'NIP_APPOINTMENT_IN_FUTURE'],
    ];
    for (const [, nip, reason] of cases) {
      expectInputError(await ask(CREATE_EMPLOYEE, employeeInput({ nip })), 'input.nip', reason);
    }
  });

  batch('levels outside 1-5 are refused', async () => {
    for (const level of [0, 6, -1]) {
      expectInputError(await ask(RECORD_ASSESSMENT, assessmentInput({ level })), 'input.level', 'LEVEL_OUT_OF_RANGE');
      const standard = await ask(
        `mutation ($input: SetPositionStandardInput!) { setPositionStandard(input: $input) { id } }`,
        { input: { positionId: '7', items: [{ competencyId: '1', requiredLevel: level }] } },
      );
      expect(standard.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.any(String) });
    }
  });

  batch('impossible dates are refused naming the field', async () => {
    for (const assessedOn of ['2025-02-30', '2025-13-01', 'not-a-date']) {
      expectInputError(await ask(RECORD_ASSESSMENT, assessmentInput({ assessedOn })), 'input.assessedOn');
    }
  });

  batch('strings far too long are refused, not stored and not a server error', async () => {
    expectInputError(await ask(CREATE_EMPLOYEE, employeeInput({ name: HUGE })), 'input.name');
    expectInputError(await ask(SEARCH, { s: HUGE }), 'filter.search');
    const training = await ask(`query ($s: String) { trainings(first: 5, filter: { text: $s }) { totalCount } }`, {
      s: HUGE,
    });
    expectNothingInternal(training);
    expect.soft(training.errors?.[0]?.extensions?.code ?? 'no error').not.toBe('INTERNAL_SERVER_ERROR');
    const certificate = await ask(
      `mutation ($input: RecordCertificateInput!) { recordCertificate(input: $input) { id } }`,
      { input: { employeeId: '15', schemeId: '1', number: HUGE, issuedOn: '2024-05-02' } },
    );
    expectInputError(certificate, 'input.number');
  });

  batch('unknown ids read as absent and are refused as input', async () => {
    const read = await ask(
      `query { employee(id: "999999") { id } training(id: "999999") { id } certificate(id: "999999") { id } }`,
    );
    expect(read.data).toEqual({ employee: null, training: null, certificate: null });
    expectInputError(await ask(RECORD_ASSESSMENT, assessmentInput({ employeeId: '999999' })), 'input.employeeId');
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['requestEnrolment', 'RequestEnrolmentInput', { employeeId: '15', sessionId: '999999' }, 'input.sessionId'],
      ['approveEnrolment', 'EnrolmentDecisionInput', { enrolmentId: '999999' }, 'input.enrolmentId'],
      ['verifyCertificate', 'VerifyCertificateInput', { certificateId: '999999' }, 'input.certificateId'],
    ];
    for (const [field, type, input, errorField] of cases) {
      const response = await ask(`mutation ($input: ${type}!) { ${field}(input: $input) { id } }`, { input });
      expectNothingInternal(response);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/),
        field: errorField,
      });
    }
    expectInputError(await ask(`query { employee(id: "abc") { id } }`), 'id', 'ID_INVALID');
  });

  batch('values of the wrong type are BAD_USER_INPUT', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [RECORD_ASSESSMENT, assessmentInput({ level: 'three' })],
      [`query ($id: ID!) { employee(id: $id) { id } }`, { id: { a: 1 } }],
      [`query ($n: Int) { employees(first: $n) { totalCount } }`, { n: 'ten' }],
    ];
    for (const [query, variables] of cases) {
      const response = await ask(query, variables);
      expectNothingInternal(response);
      expect(response.data ?? null).toBeNull();
      expect.soft(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe('BAD_USER_INPUT');
    }
  });

  batch('injection-looking strings are only text', async () => {
    for (const text of INJECTIONS) {
      for (const [query, field] of [
        [SEARCH, 'employees'],
        [`query ($s: String) { trainings(first: 5, filter: { text: $s }) { totalCount } }`, 'trainings'],
        [`query ($s: String) { schemes(first: 5, filter: { search: $s }) { totalCount } }`, 'schemes'],
      ] as const) {
        const response = await ask(query, { s: text });
        expectNothingInternal(response);
        expect(response.errors, `${field} ${text}`).toBeUndefined();
        expect((response.data![field] as { totalCount: number }).totalCount, `${field} ${text}`).toBe(0);
      }
      const byNip = await ask(`query ($nip: String) { employee(nip: $nip) { id } }`, { nip: text });
      expectNothingInternal(byNip);
      expect(byNip.data?.employee ?? null).toBeNull();
      expectInputError(await ask(CREATE_EMPLOYEE, employeeInput({ nip: text, name: text })), 'input.nip');
    }
    const directory = await ask(`query { employees(first: 1) { totalCount } }`);
    expect(directory.data?.employees).toEqual({ totalCount: 75 });
  });

  batch('an assessment CSV with good and bad rows is refused whole, every bad row reported by line', async () => {
    const nips = await ask(`query { a: employee(id: "14") { nip } b: employee(id: "15") { nip } }`);
    const [a, b] = [nips.data!.a.nip as string, nips.data!.b.nip as string];
    const csv = [
      'nip,competency_code,level,date',
      `${a},INT,3,2025-01-15`,
      `${b},KS,9,2025-01-15`,
      `999999999999999999,KS,3,2025-01-15`,
      `${b},NOPE,3,2025-01-15`,
      `${b},KOM,3,2025-02-30`,
      `${b},KOM,3,2025-01-15`,
      `' OR 1=1 --,<script>,${'9'.repeat(20)},\${x}`,
    ].join('\n');
    const response = await ask(IMPORT, { input: { csv, assessor: 'Pusat Asesmen' } });
    expectInputError(response, 'input.csv', 'CSV_ROWS_INVALID');
    const rows = response.errors![0]!.extensions!.rows as { line: number }[];
    expect([...new Set(rows.map((row) => row.line))].sort((x, y) => x - y)).toEqual([3, 4, 5, 6, 8]);
  });

  batch('names refuse bidi overrides, zero-width and control characters, in every subgraph', async () => {
    for (const name of ['Budi\u202Egnalak', 'Bu\u200Bdi Santoso', 'Budi\u0000Santoso', '\u2066Budi\u2069']) {
      expectInputError(await ask(CREATE_EMPLOYEE, employeeInput({ name })), 'input.name');
      const session = await ask(
        `mutation ($input: CreateTrainingSessionInput!) { createTrainingSession(input: $input) { id } }`,
        {
          input: {
            trainingId: '1',
            name,
            startDate: '2099-03-10',
            endDate: '2099-03-12',
            mode: 'OFFLINE',
            location: 'Ambon',
            capacity: 20,
            registrationDeadline: '2099-03-01',
          },
        },
      );
      expectInputError(session, 'input.name');
    }
  });

  batch(
    'free text is bounded in every subgraph: a long note or comment is BAD_USER_INPUT naming the field',
    async () => {
      const long = 'x'.repeat(20_000);
      for (const [document, input, field] of [
        ['rejectEnrolment(input: $input) { id }', { enrolmentId: '1', note: long }, 'input.note'],
        ['recordReaction(input: $input) { id }', { enrolmentId: '1', rating: 4, comment: long }, 'input.comment'],
        ['returnDevelopmentPlan(input: $input) { id }', { planId: '1', note: long }, 'input.note'],
        ['revokeCertificate(input: $input) { id }', { certificateId: '1', reason: long }, 'input.reason'],
      ] as const) {
        const type = {
          rejectEnrolment: 'EnrolmentDecisionInput',
          recordReaction: 'RecordReactionInput',
          returnDevelopmentPlan: 'PlanDecisionInput',
          revokeCertificate: 'RevokeCertificateInput',
        }[document.split('(')[0] as 'rejectEnrolment'];
        expectInputError(await ask(`mutation ($input: ${type}!) { ${document} }`, { input }), field, 'TEXT_TOO_LONG');
      }
    },
  );

  batch(
    'ids are decimal keys in every subgraph: "0x22" and "abc" are ID_INVALID, not id 34 or a server error',
    async () => {
      for (const id of ['0x22', 'abc', '1e3', ' 34']) {
        for (const field of ['employee', 'training', 'session', 'certificate', 'scheme', 'enrolment']) {
          expectInputError(await ask(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id }), 'id', 'ID_INVALID');
        }
        expectInputError(
          await ask(`mutation ($input: EnrolmentDecisionInput!) { approveEnrolment(input: $input) { id } }`, {
            input: { enrolmentId: id },
          }),
          'input.enrolmentId',
          'ID_INVALID',
        );
      }
    },
  );

  batch('a CSV of thousands of bad rows gets a compact answer, and a 0.9 MB one is refused as too large', async () => {
    const bad = Array.from({ length: 5000 }, (_, i) => `12345${i},INT,9,2025-01-15`).join('\n');
    const response = await ask(IMPORT, { input: { csv: `nip,competency_code,level,date\n${bad}`, assessor: 'Pusat' } });
    expectInputError(response, 'input.csv', 'CSV_ROWS_INVALID');
    expect(JSON.stringify(response).length).toBeLessThan(20_000);
    const large = await ask(IMPORT, {
      input: { csv: `nip,competency_code,level,date\n${'1'.repeat(900_000)}`, assessor: 'Pusat' },
    });
    expectInputError(large, 'input.csv', 'CSV_TOO_LARGE');
    expect(JSON.stringify(large).length).toBeLessThan(2_000);
  });

  batch('huge page sizes are BAD_USER_INPUT on every connection', async () => {
    const connections = [
      `employees(first: $n) { totalCount }`,
      `sessions(first: $n) { totalCount }`,
      `trainings(first: $n) { totalCount }`,
      `certificates(first: $n) { totalCount }`,
      `schemes(first: $n) { totalCount }`,
    ];
    for (const selection of connections) {
      const type = selection.startsWith('sessions') || selection.startsWith('trainings') ? 'Int!' : 'Int';
      expectInputError(await ask(`query ($n: ${type}) { ${selection} }`, { n: 100_000 }), 'first');
      // Written into the document, the page size also enters the gateway's cost estimate, which refuses it first.
      const literal = await ask(`query { ${selection.replace('$n', '100000')} }`);
      expectNothingInternal(literal);
      expect.soft(literal.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|QUERY_LIMIT_EXCEEDED)$/);
    }
  });

  batch('a page size in a variable enters the cost estimate like a written one', async () => {
    // The web's catalog document: at 100 trainings, with their competencies and sessions, it costs about 26,900.
    const catalog = Object.values(PERSISTED).find((text) => text.includes('query TrainingCatalog')) ?? '';
    expect(catalog).toContain('trainings(first: $first');
    const literal = await ask(catalog.replace(', $first: Int!', '').replace('first: $first', 'first: 100'));
    const variable = await ask(catalog, { first: 100 });
    for (const refused of [literal, variable]) {
      expectRefused(refused, /cost/i);
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_LIMIT_EXCEEDED');
    }
    // What the web asks (50 a page) and a left-out page size (the default 20) still pass.
    const leftOut = catalog.replace(', $first: Int!', '').replace('first: $first, ', '');
    for (const [query, variables] of [
      [catalog, { first: 50 }],
      [leftOut, {}],
    ] as const) {
      const answer = await ask(query, variables);
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      expect((answer.data as { trainings: { totalCount: number } }).trainings.totalCount).toBeGreaterThan(0);
    }
  });

  batch('deeply nested and aliased documents are refused by the gateway’s limits', async () => {
    let nested = 'id';
    for (let level = 0; level < 14; level += 1) nested = `manager { ${nested} }`;
    expectRefused(await ask(`query { employee(id: "15") { ${nested} } }`), /depth/i);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: agencies { id }`).join(' ');
    expectRefused(await ask(`query { ${aliases} }`), /alias/i);
    const aliasedMutations = Array.from(
      { length: 31 },
      (_, i) =>
        `m${i}: recordAssessment(input: { employeeId: "15", competencyId: "1", level: 3, source: MANAGER, assessedOn: "2025-01-15" }) { id }`,
    ).join(' ');
    expectRefused(await ask(`mutation { ${aliasedMutations} }`), /alias/i);
  });

  batch('oversized and broken bodies get a 4xx with no internals', async () => {
    const post = (body: string) =>
      fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body,
      });
    const oversized = await post(JSON.stringify({ query: SEARCH, variables: { s: 'x'.repeat(3_000_000) } }));
    expect.soft(oversized.status).toBe(413);
    expectNothingInternal(await oversized.text());
    for (const body of ['{"query": "{ agencies { id } ", ', 'not json at all', '[]', '{"query": 42}']) {
      const response = await post(body);
      expect(response.status, body).toBeGreaterThanOrEqual(400);
      expect(response.status, body).toBeLessThan(500);
      expectNothingInternal(await response.text());
    }
  });
});
