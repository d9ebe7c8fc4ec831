// Unit needs surveys on the real databases: the seeded survey of unit 6 as its head and a member see it, a member's
// answer (given again, it replaces the first) counting in the needs analysis beside the gaps while a non-member's
// does not, refusals that write nothing, and the answers' SQL statements not growing with their number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { asRole } from '@asn/common/testing';
import type { DataSource } from 'typeorm';
import { DATABASES } from '../support/test-config.js';
import { startTrainingInProcess, type TrainingInProcess } from '../support/training-in-process.js';
import { AMBON_TIME_ZONE, yearIn } from '../support/local-date.js';

const UNIT_6 = [4, 14, 15, 16, 19, 20, 21, 65, 75];
const MANAGER = asRole('MANAGER', {
  userId: 'kabid.aplikasi.ambon',
  agencyId: 1,
  employeeId: 4,
  unitIds: [6],
  employeeIds: UNIT_6.filter((id) => id !== 4),
});
const asn = (employeeId: number) => asRole('ASN', { agencyId: 1, employeeId, vouched: true });
const year = yearIn(AMBON_TIME_ZONE);
const SURVEY = `query ($representations: [_Any!]!, $year: Int!) { _entities(representations: $representations) {
  ... on Unit { needsSurvey(year: $year) { id isOpen canManage closesOn myResponse { id }
    responses { source employee { id } forms note competencies { id } } } } } }`;
const NEEDS = `query ($representations: [_Any!]!, $year: Int!) { _entities(representations: $representations) {
  ... on Unit { trainingNeeds(year: $year) { needs { competency { id } surveyRequests }
    surveyDemand { competency { id } employees byManager } } } } }`;
const ANSWER = `mutation ($input: AnswerNeedsSurveyInput!) { answerNeedsSurvey(input: $input) { id forms } }`;
const OPEN = `mutation ($input: OpenNeedsSurveyInput!) { openNeedsSurvey(input: $input) { id isOpen } }`;

type Survey = {
  id: string;
  isOpen: boolean;
  canManage: boolean;
  myResponse: { id: string } | null;
  responses: { source: string; employee: { id: string }; competencies: { id: string }[] }[];
};
type Demand = { competency: { id: string }; employees: number; byManager: boolean };

describe.each(DATABASES)('needs surveys on %s', (database) => {
  let training: TrainingInProcess;
  let dataSource: DataSource;
  const execute = (query: string, variables: Record<string, unknown>, identity: Identity) =>
    training.execute(query, variables, identity);
  const unit = (memberIds = UNIT_6) => ({ __typename: 'Unit', id: '6', memberIds: memberIds.map(String) });
  const survey = async (identity: Identity, memberIds = UNIT_6) => {
    const result = await execute(SURVEY, { representations: [unit(memberIds)], year }, identity);
    expect(result.errors).toBeUndefined();
    return (result.data!._entities as { needsSurvey: Survey }[])[0]!.needsSurvey;
  };
  const needs = async () => {
    const gaps = [{ competencyId: '21', employeesBelow: 3, totalDeficit: 4, shortfalls: [] }];
    const result = await execute(NEEDS, { representations: [{ ...unit(), competencyGaps: gaps }], year }, MANAGER);
    expect(result.errors).toBeUndefined();
    return (result.data!._entities as { trainingNeeds: { needs: unknown[]; surveyDemand: Demand[] } }[])[0]!
      .trainingNeeds;
  };
  const count = async (table: string) =>
    Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n as number | string);

  beforeAll(async () => {
    training = await startTrainingInProcess(database, 'survey');
    dataSource = training.dataSource;
  });
  afterAll(() => training?.stop());

  it('shows the head every answer of the seeded survey and a member only their own', async () => {
    const head = await survey(MANAGER);
    expect(head).toMatchObject({ isOpen: true, canManage: true, myResponse: null });
    expect(head.responses.map((row) => [row.source, row.employee.id])).toEqual([
      ['EMPLOYEE', '16'],
      ['EMPLOYEE', '19'],
      ['EMPLOYEE', '20'],
      ['EMPLOYEE', '21'],
      ['EMPLOYEE', '65'],
      ['MANAGER', '4'],
    ]);
    const member = await survey(asn(16));
    expect(member).toMatchObject({ canManage: false, myResponse: { id: expect.any(String) } });
    expect(member.responses.map((row) => row.employee.id)).toEqual(['16']);
    const outsider = await execute(SURVEY, { representations: [unit()], year }, asn(30));
    expect(outsider.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts a member’s answer, given twice, once in the needs analysis beside the gaps', async () => {
    const { id } = await survey(MANAGER);
    const before = await needs();
    expect(before.needs).toEqual([{ competency: { id: '21' }, surveyRequests: 3 }]);
    expect(before.surveyDemand.slice(0, 2)).toEqual([
      { competency: { id: '21' }, employees: 3, byManager: false },
      { competency: { id: '15' }, employees: 2, byManager: true },
    ]);
    const first = await execute(
      ANSWER,
      { input: { surveyId: id, competencyIds: ['10'], forms: ['CLASSICAL'] } },
      asn(14),
    );
    expect(first.errors).toBeUndefined();
    const again = await execute(
      ANSWER,
      { input: { surveyId: id, competencyIds: ['21', '17'], forms: ['NON_CLASSICAL'], note: 'Daring saja.' } },
      asn(14),
    );
    expect(again.data!.answerNeedsSurvey).toEqual({
      id: (first.data!.answerNeedsSurvey as { id: string }).id,
      forms: ['NON_CLASSICAL'],
    });
    // Employee 30 is not a member of unit 6: the answer is kept but does not speak for the unit.
    await execute(ANSWER, { input: { surveyId: id, competencyIds: ['21'], forms: [] } }, asn(30));
    const after = await needs();
    expect(after.needs).toEqual([{ competency: { id: '21' }, surveyRequests: 4 }]);
    expect(after.surveyDemand).toContainEqual({ competency: { id: '17' }, employees: 1, byManager: false });
    expect(after.surveyDemand).toContainEqual({ competency: { id: '10' }, employees: 1, byManager: true });
    expect((await survey(asn(14))).myResponse).not.toBeNull();
  });

  it('refuses a second survey, an empty answer and an ASN adding the head’s needs, writing nothing', async () => {
    const { id } = await survey(MANAGER);
    const before = [
      await count('needs_survey'),
      await count('needs_survey_response'),
      await count('needs_survey_choice'),
    ];
    const twice = await execute(OPEN, { input: { unitId: '6', year, closesOn: `${year}-12-31` } }, MANAGER);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
    const empty = await execute(ANSWER, { input: { surveyId: id, competencyIds: [], forms: [] } }, asn(15));
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.competencyIds',
      reason: 'VALUE_INVALID',
    });
    const posing = await execute(
      ANSWER,
      { input: { surveyId: id, competencyIds: ['10'], forms: [], asManager: true } },
      asn(15),
    );
    expect(posing.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const after = [
      await count('needs_survey'),
      await count('needs_survey_response'),
      await count('needs_survey_choice'),
    ];
    expect(after).toEqual(before);
  });

  it('reads the answers and their competencies in the same SQL statements however many answered', async () => {
    const statements = async () => {
      const start = training.counter.statements;
      const head = await survey(MANAGER, [...UNIT_6, ...Array.from({ length: 8 }, (_, i) => 40 + i)]);
      return { answers: head.responses.length, statements: training.counter.statements - start };
    };
    const few = await statements();
    const { id } = await survey(MANAGER);
    for (let i = 0; i < 8; i += 1) {
      await execute(
        ANSWER,
        { input: { surveyId: id, competencyIds: ['11', '14'], forms: ['CLASSICAL'] } },
        asn(40 + i),
      );
    }
    const many = await statements();
    console.info(
      `needs survey on ${database}: ${few.answers} answers ${few.statements} statements, ${many.answers} answers ${many.statements}`,
    );
    expect(many.answers).toBe(few.answers + 8);
    expect(many.statements).toBe(few.statements);
  });
});
