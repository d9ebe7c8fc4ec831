import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, type TestSubgraph } from '@asn/common/testing';
import { fixedClock, type Identity } from '@asn/common';
import { Enrolment } from '../entities/enrolment.entity.js';
import { createTrainingSubgraph } from '../subgraph.js';
import { insertCatalog, type Catalog } from '../testing/fixtures.js';
import { ADMIN_MAMUJU, MANAGER_AMBON, asn } from '../testing/identities.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import { FollowUpDecision } from '../types/follow-up-decision.enum.js';
import { FollowUpKind } from '../types/follow-up-kind.enum.js';

// Unit 6: employees 1..20 and the manager (60) themselves.
const MEMBERS = [...Array.from({ length: 20 }, (_, i) => String(i + 1)), '60'];
const INBOX = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Unit { applicationRatingsDue { id } followUpProposals { id followUp } reassessmentProposals { id } }
  }
}`;

type Row = { id: string };
interface InboxUnit {
  applicationRatingsDue: Row[] | null;
  followUpProposals: (Row & { followUp: string })[] | null;
  reassessmentProposals: Row[] | null;
}

describe('a unit’s evaluation inbox: ratings due, follow-ups proposed, re-assessments proposed', () => {
  let subgraph: TestSubgraph;
  let catalog: Catalog;
  let ids: Record<string, string>;
  const inbox = (identity: Identity, memberIds = MEMBERS) =>
    subgraph.execute<{ _entities: InboxUnit[] }>(
      INBOX,
      { representations: [{ __typename: 'Unit', id: '6', memberIds }] },
      { identity },
    );

  const completed = (employeeId: number, completedOn: string, extra: Partial<Enrolment> = {}): Partial<Enrolment> => ({
    employeeId,
    agencyId: 1,
    sessionId: catalog.sessions[0]!.id,
    liveSessionId: catalog.sessions[0]!.id,
    trainingId: catalog.sessions[0]!.trainingId,
    status: EnrolmentStatus.COMPLETED,
    requestedOn: '2025-06-01',
    postTestScore: 80,
    completedOn,
    ...extra,
  });

  beforeAll(async () => {
    // Today 1 December 2026: a rating is due for trainings completed on or before 1 September; a pass proposes a
    // re-assessment when completed after 1 December 2025.
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-12-01') }));
    catalog = await insertCatalog(subgraph.dataSource, 1, { capacity: 30 });
    const rows = await subgraph.dataSource.getRepository(Enrolment).save([
      // Due, and a pass of this year: in both lists.
      completed(1, '2026-08-05'),
      // Not due before 2 December; a post-test of 65 is below the pass mark of 70.
      completed(2, '2026-09-02', { postTestScore: 65 }),
      // Rated 2 with mentoring proposed; its pass is more than a year old.
      completed(3, '2025-11-30', { applicationRating: 2, followUp: FollowUpKind.MENTORING }),
      // A follow-up already dismissed, a re-assessment already closed.
      completed(4, '2026-01-10', {
        applicationRating: 1,
        followUp: FollowUpKind.FOLLOW_UP_TRAINING,
        followUpDecision: FollowUpDecision.DISMISSED,
        reassessmentClosedOn: '2026-02-01',
      }),
      // The manager's own training is not theirs to judge.
      completed(60, '2026-08-05'),
      // Failed: nothing to rate, nothing proven.
      completed(5, '2026-08-05', { status: EnrolmentStatus.FAILED, completedOn: null, postTestScore: 40 }),
    ]);
    ids = Object.fromEntries(rows.map((row) => [String(row.employeeId), String(row.id)]));
  });
  afterAll(() => subgraph.stop());

  it('lists each item once, in the list it belongs to, never the caller’s own', async () => {
    const result = await inbox(MANAGER_AMBON);
    expect(result.errors).toBeUndefined();
    const [unit] = result.data!._entities;
    expect(unit!.applicationRatingsDue).toEqual([{ id: ids['1'] }]);
    expect(unit!.followUpProposals).toEqual([{ id: ids['3'], followUp: 'MENTORING' }]);
    expect(unit!.reassessmentProposals).toEqual([{ id: ids['1'] }]);
  });

  it('refuses someone who does not head the unit, and an ASN', async () => {
    for (const identity of [asn(1), ADMIN_MAMUJU]) {
      const result = await inbox(identity);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('reads 100 members in as many statements as 10', async () => {
    const count = async (n: number) => {
      const before = subgraph.counter.statements;
      const memberIds = Array.from({ length: n }, (_, i) => String(i + 1));
      expect((await inbox(MANAGER_AMBON, memberIds)).errors).toBeUndefined();
      return subgraph.counter.statements - before;
    };
    expect(await count(100)).toBe(await count(10));
  });
});
