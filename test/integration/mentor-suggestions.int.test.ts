// Mentors suggested by competency through the gateway, on SQLite and MySQL: the administrator records known
// assessments of PAPL (which nobody in the seed holds at 3 or more), so the ranking below is worked by hand; the
// manager of the mentee asks, starts a mentorship with a mentor below the target and sees the warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const SUGGEST = `query ($e: ID!, $c: ID!) { mentorSuggestions(employeeId: $e, competencyId: $c) {
  menteeLevel targetLevel menteeLimit suggestions { mentor { id } level unitDistance activeMentees freeSlots } } }`;
const RECORD = `mutation ($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`;
const START = `mutation ($input: StartMentorshipInput!) { startMentorship(input: $input) {
  mentorLevelWarnings { competency { code } mentorLevel targetLevel } } }`;
/** Manajemen Proyek dan Aplikasi: employee 20 (Pranata Komputer Ahli Muda, unit 6) needs level 3. */
const PAPL = '21';

describe.each(DATABASES)('mentor suggestions through the gateway on %s', (database) => {
  let stack: TestStack;
  let manager: string;
  const run = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const result = await graphql<T>(stack.gatewayUrl, query, variables, { token });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    stack = await startTestStack({ database });
    const admin = await signIn(stack.gatewayUrl, 'admin.ambon');
    manager = await signIn(stack.gatewayUrl, 'kabid.aplikasi.ambon');
    const assessments: [number, number, string, string][] = [
      [11, 5, '2025-06-01', 'ASSESSMENT_CENTER'],
      [4, 4, '2026-01-10', 'ASSESSMENT_CENTER'],
      [3, 4, '2026-02-01', 'ASSESSMENT_CENTER'],
      [21, 3, '2026-04-01', 'ASSESSMENT_CENTER'],
      [16, 2, '2026-04-01', 'ASSESSMENT_CENTER'],
      [9, 5, '2023-01-01', 'ASSESSMENT_CENTER'],
      [12, 2, '2025-01-01', 'ASSESSMENT_CENTER'],
      [12, 5, '2026-05-01', 'MANAGER'],
      [2, 2, '2026-05-01', 'ASSESSMENT_CENTER'],
    ];
    for (const [employeeId, level, assessedOn, source] of assessments) {
      await run(
        RECORD,
        { input: { employeeId: String(employeeId), competencyId: PAPL, level, source, assessedOn } },
        admin,
      );
    }
  }, 300_000);
  afterAll(() => stack?.stop());

  it('ranks by level, unit distance and free slots; stale, below-target and outranked levels stay out', async () => {
    const { mentorSuggestions } = await run<{
      mentorSuggestions: {
        menteeLevel: number;
        targetLevel: number;
        menteeLimit: number;
        suggestions: { mentor: { id: string }; level: number; unitDistance: number; freeSlots: number }[];
      };
    }>(SUGGEST, { e: '20', c: PAPL }, manager);
    // The mentee's own level is whatever their current levels say (seeded): the suggestions agree with it.
    const { employee } = await run<{ employee: { currentLevels: { competencyId: string; level: number }[] } }>(
      `query { employee(id: "20") { currentLevels { competencyId level } } }`,
      {},
      manager,
    );
    const own = employee.currentLevels.find((current) => current.competencyId === PAPL)?.level ?? 0;
    expect(mentorSuggestions).toMatchObject({ menteeLevel: own, targetLevel: 3, menteeLimit: 3 });
    // 11: level 5, three steps away; 4 (the mentee's head, one mentee already): 4, same unit; 3: 4, two steps up;
    // 21: exactly 3, same unit. 9 is stale (2023), 16 below, 12's assessment-centre 2 outranks a manager's 5.
    expect(mentorSuggestions.suggestions.map((s) => [s.mentor.id, s.level, s.unitDistance, s.freeSlots])).toEqual([
      ['11', 5, 3, 3],
      ['4', 4, 0, 2],
      ['3', 4, 2, 3],
      ['21', 3, 0, 3],
    ]);
  });

  it('starts a mentorship with a mentor below the target, and warns', async () => {
    const { startMentorship } = await run<{ startMentorship: { mentorLevelWarnings: unknown[] } }>(
      START,
      { input: { mentorId: '2', menteeId: '20', startsOn: '2026-11-02', focusCompetencyIds: [PAPL] } },
      manager,
    );
    expect(startMentorship.mentorLevelWarnings).toEqual([
      { competency: { code: 'PAPL' }, mentorLevel: 2, targetLevel: 3 },
    ]);
  });
});
