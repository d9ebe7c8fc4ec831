import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import type { TestSubgraph } from '@asn/common/testing';
import { Assessment } from '../entities/assessment.entity.js';
import { AS, createSeededPersonnel } from '../testing/identities.js';

const SUGGEST = `query ($e: ID!, $c: ID!) { mentorSuggestions(employeeId: $e, competencyId: $c) {
  menteeLevel targetLevel menteeLimit
  suggestions { mentor { id } level assessedOn unitDistance activeMentees freeSlots } } }`;
/** Manajemen Proyek dan Aplikasi (PAPL): required 3 of employee 20, a Pranata Komputer Ahli Muda in unit 6. */
const PAPL = '21';
const MENTEE = '20';

interface Suggestions {
  menteeLevel: number;
  targetLevel: number;
  menteeLimit: number;
  suggestions: { mentor: { id: string }; level: number; unitDistance: number; freeSlots: number }[];
}

describe('Query.mentorSuggestions', () => {
  let subgraph: TestSubgraph;
  const suggest = async (identity: Identity = AS.manager) => {
    const before = subgraph.counter.statements;
    const result = await subgraph.execute<{ mentorSuggestions: Suggestions }>(
      SUGGEST,
      { e: MENTEE, c: PAPL },
      { identity },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return { ...result.data!.mentorSuggestions, statements: subgraph.counter.statements - before };
  };
  const assess = (employeeId: number, level: number, assessedOn: string, source = 'ASSESSMENT_CENTER') =>
    subgraph.dataSource.getRepository(Assessment).insert({
      employeeId,
      competencyId: Number(PAPL),
      level,
      source: source as Assessment['source'],
      assessedOn,
      assessor: 'UPT Penilaian Kompetensi',
      evidence: null,
    });

  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
    // Nobody in the seed holds PAPL at 3 or more but employee 4, by an assessment centre of 2023-06-26, stale on
    // 2026-11-25: these rows are the whole field.
    expect((await suggest()).suggestions).toEqual([]);
    await assess(11, 5, '2025-06-01'); // the highest level wins, whatever the distance
    await assess(4, 4, '2026-01-10'); // the mentee's own head (unit 6), already mentoring employee 14
    await assess(3, 4, '2026-02-01'); // same level, two steps up the tree
    await assess(21, 3, '2026-04-01'); // exactly the target, same unit
    await assess(16, 2, '2026-04-01'); // below the target
    await assess(9, 5, '2023-01-01'); // stale on 2026-11-25 (3 years)
    await assess(12, 2, '2025-01-01'); // the assessment centre's 2 outranks a later manager's 5
    await assess(12, 5, '2026-05-01', 'MANAGER');
  });
  afterAll(() => subgraph.stop());

  it('ranks the qualified seniors by level, then unit distance, then free slots (worked by hand)', async () => {
    const result = await suggest();
    // The mentee: 2, by the manager in 2024.
    expect(result).toMatchObject({ menteeLevel: 2, targetLevel: 3, menteeLimit: 3 });
    expect(result.suggestions.map((s) => [s.mentor.id, s.level, s.unitDistance, s.freeSlots])).toEqual([
      ['11', 5, 3, 3],
      ['4', 4, 0, 2],
      ['3', 4, 2, 3],
      ['21', 3, 0, 3],
    ]);
  });

  it("passes by a mentor at the agency's mentee limit (agency data, not a constant)", async () => {
    await subgraph.dataSource.query('UPDATE agency SET mentor_mentee_limit = 1 WHERE id = 1');
    try {
      expect((await suggest()).suggestions.map((s) => s.mentor.id)).toEqual(['11', '3', '21']);
    } finally {
      await subgraph.dataSource.query('UPDATE agency SET mentor_mentee_limit = 3 WHERE id = 1');
    }
  });

  it('follows a mentee limit the administrator changes through updateAgencySettings, refusing one out of range', async () => {
    const UPDATE = `mutation ($input: AgencySettingsInput!) { updateAgencySettings(input: $input) { mentorMenteeLimit } }`;
    const settings = {
      jpmFormula: 'BKN',
      assessmentValidityYears: 3,
      potentialMenengahFrom: 60,
      potentialTinggiFrom: 80,
    };
    const update = (mentorMenteeLimit: number, identity: Identity = AS.admin) =>
      subgraph.execute<{ updateAgencySettings: { mentorMenteeLimit: number } }>(
        UPDATE,
        { input: { ...settings, mentorMenteeLimit } },
        { identity },
      );
    const zero = await update(0);
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mentorMenteeLimit' });
    expect((await update(1, AS.manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await suggest()).menteeLimit).toBe(3);
    try {
      expect((await update(1)).data!.updateAgencySettings.mentorMenteeLimit).toBe(1);
      // Employee 4 already mentors one person: at a limit of 1 it has no free slot and drops out.
      const result = await suggest();
      expect(result.menteeLimit).toBe(1);
      expect(result.suggestions.map((s) => [s.mentor.id, s.freeSlots])).toEqual([
        ['11', 1],
        ['3', 1],
        ['21', 1],
      ]);
    } finally {
      await update(3);
    }
  });

  it('takes the same number of SQL statements however many colleagues qualify', async () => {
    const { statements } = await suggest();
    for (const employeeId of [2, 5, 6, 7, 8, 10, 13, 22, 23, 24]) await assess(employeeId, 4, '2026-06-01');
    const more = await suggest();
    expect(more.suggestions.length).toBeGreaterThan(4);
    expect(more.statements).toBe(statements);
  });

  it("is for the mentee's manager and the agency's administrators only", async () => {
    await expect(suggest(AS.admin)).resolves.toBeTruthy();
    for (const identity of [AS.asn, AS.adminMamuju, AS.keyPii]) {
      const result = await subgraph.execute(SUGGEST, { e: MENTEE, c: PAPL }, { identity });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses an unknown competency with BAD_USER_INPUT on the field', async () => {
    const result = await subgraph.execute(SUGGEST, { e: MENTEE, c: '9999' }, { identity: AS.manager });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'competencyId' });
  });
});
