import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn/common';
import { asRole, type TestSubgraph } from '@asn/common/testing';
import { Assessment } from '../entities/assessment.entity.js';
import { AS, createSeededPersonnel, snapshot } from '../testing/identities.js';

const START = `mutation ($input: StartMentorshipInput!) { startMentorship(input: $input) {
  id mentorLevelWarnings { competency { id } mentorLevel targetLevel } } }`;
const LOG = `mutation ($input: AddMentorshipLogEntryInput!) { addMentorshipLogEntry(input: $input) { id heldOn kind note } }`;
const END = `mutation ($input: EndMentorshipInput!) { endMentorship(input: $input) { id endsOn outcome outcomeNote } }`;
const MENTORS = `query { employee(id: "20") { mentors { id outcome log { heldOn kind note } } } }`;
/** Employee 20, the mentee, signed in. */
const MENTEE = asRole('ASN', { userId: 'u-20', agencyId: 1, employeeId: 20 });

describe('a mentorship: the level warning, the log and the outcome', () => {
  let subgraph: TestSubgraph;
  let mentorshipId: string;
  const run = (query: string, input: Record<string, unknown>, identity: Identity = AS.manager) =>
    subgraph.execute<Record<string, Record<string, unknown>>>(query, { input }, { identity });
  const reasonOf = (result: Awaited<ReturnType<typeof run>>) => result.errors?.[0]?.extensions;

  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
    // The mentor (employee 4) holds Komunikasi (7) at 3 and PAPL (21) at 2; the mentee needs 2 and 3.
    const assessments = subgraph.dataSource.getRepository(Assessment);
    for (const [competencyId, level] of [
      [7, 3],
      [21, 2],
    ] as const) {
      await assessments.insert({
        employeeId: 4,
        competencyId,
        level,
        source: 'ASSESSMENT_CENTER',
        assessedOn: '2026-11-20',
        assessor: 'UPT Penilaian Kompetensi',
        evidence: null,
      });
    }
    const started = await run(START, {
      mentorId: '4',
      menteeId: '20',
      startsOn: '2026-10-01',
      focusCompetencyIds: ['7', '21'],
    });
    expect(started.errors).toBeUndefined();
    mentorshipId = String(started.data!.startMentorship!.id);
    // A warning, not a refusal: the mentorship is started, and the mentor's 2 below the target 3 is named.
    expect(started.data!.startMentorship!.mentorLevelWarnings).toEqual([
      { competency: { id: '21' }, mentorLevel: 2, targetLevel: 3 },
    ]);
  });
  afterAll(() => subgraph.stop());

  it('logs meetings and notes by the mentee and the mentor, oldest first', async () => {
    const note = { mentorshipId, kind: 'MEETING', note: '  Menyusun rencana proyek.  ' };
    expect((await run(LOG, { ...note, heldOn: '2026-11-02' }, MENTEE)).errors).toBeUndefined();
    const byMentor = await run(LOG, { ...note, heldOn: '2026-10-05', kind: 'NOTE', note: 'Tinjau risiko.' });
    expect(byMentor.data!.addMentorshipLogEntry).toMatchObject({ heldOn: '2026-10-05', kind: 'NOTE' });
    const read = await subgraph.execute<{ employee: { mentors: { id: string; log: unknown[] }[] } }>(
      MENTORS,
      {},
      { identity: AS.manager },
    );
    expect(read.data!.employee.mentors.find((m) => m.id === mentorshipId)!.log).toEqual([
      { heldOn: '2026-10-05', kind: 'NOTE', note: 'Tinjau risiko.' },
      { heldOn: '2026-11-02', kind: 'MEETING', note: 'Menyusun rencana proyek.' },
    ]);
  });

  it('refuses a bad entry with the field and the reason, writing nothing', async () => {
    const before = await snapshot(subgraph, ['mentorship_log']);
    const entry = { mentorshipId, kind: 'MEETING', note: 'Rapat', heldOn: '2026-11-02' };
    for (const [change, field, reason] of [
      [{ heldOn: '2026-11-26' }, 'input.heldOn', 'DATE_IN_FUTURE'],
      [{ heldOn: '2026-09-30' }, 'input.heldOn', 'OUTSIDE_MENTORSHIP'],
      [{ note: '   ' }, 'input.note', 'TEXT_REQUIRED'],
      [{ mentorshipId: '9999' }, 'input.mentorshipId', 'MENTORSHIP_NOT_FOUND'],
    ] as const) {
      expect(reasonOf(await run(LOG, { ...entry, ...change }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
    // Another ASN of the agency is neither mentor, mentee nor their manager.
    expect(reasonOf(await run(LOG, entry, AS.asn))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await snapshot(subgraph, ['mentorship_log'])).toBe(before);
  });

  it('ends with an outcome; a note needs an outcome', async () => {
    const end = { id: mentorshipId, endsOn: '2026-11-24' };
    expect(reasonOf(await run(END, { ...end, outcomeNote: 'Catatan' }))).toMatchObject({
      field: 'input.outcomeNote',
      reason: 'OUTCOME_NOTE_WITHOUT_OUTCOME',
    });
    const ended = await run(END, { ...end, outcome: 'PARTLY_ACHIEVED', outcomeNote: 'PAPL naik ke 2.' });
    expect(ended.data!.endMentorship).toEqual({
      id: mentorshipId,
      endsOn: '2026-11-24',
      outcome: 'PARTLY_ACHIEVED',
      outcomeNote: 'PAPL naik ke 2.',
    });
  });
});
