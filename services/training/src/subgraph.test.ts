import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, fetchSubgraphSdl, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { fixedClock } from '@asn/common';
import { createTrainingSubgraph } from './subgraph.js';
import { ANONYMOUS } from './testing/identities.js';

describe('training as a federation subgraph, with the demo seed', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createTestSubgraph(createTrainingSubgraph({ clock: fixedClock('2026-06-15') }), { seed: true });
  });
  afterAll(() => subgraph.stop());

  it('publishes its SDL with the contract’s @requires', async () => {
    const sdl = await fetchSubgraphSdl(subgraph);
    expect(sdl).toMatch(/jp\([^)]*\): JpSummary @requires\(fields: "employeeType"\)/);
    expect(sdl).toMatch(/jpCompliance\([^)]*\): JpCompliance @requires\(fields: "memberIds pppkMemberIds"\)/);
    expect(sdl).toMatch(
      /trainingNeeds\([^)]*\): TrainingNeeds @requires\(fields: "memberIds competencyGaps \{ competencyId employeesBelow totalDeficit shortfalls \{ requiredLevel currentLevel employees \} \}"\)/,
    );
    expect(sdl).toContain(
      '@requires(fields: "gaps { competencyId requiredLevel currentLevel } leadershipTrainingCode eligibleOn")',
    );
  });

  it('seeds about 60 trainings over every form, the leadership programmes among them', async () => {
    const result = await subgraph.execute<{
      trainings: { totalCount: number; edges: { node: { code: string; form: string } }[] };
    }>('{ trainings(first: 100) { totalCount edges { node { code form } } } }', {}, { identity: ANONYMOUS });
    expect(result.errors).toBeUndefined();
    const codes = result.data!.trainings.edges.map((edge) => edge.node.code);
    expect(result.data!.trainings.totalCount).toBeGreaterThanOrEqual(55);
    expect(codes).toEqual(expect.arrayContaining(['PKN_I', 'PKN_II', 'PKA', 'PKP', 'LATSAR']));
    expect(new Set(result.data!.trainings.edges.map((edge) => edge.node.form))).toEqual(
      new Set(['EDUCATION', 'CLASSICAL', 'NON_CLASSICAL']),
    );
  });

  it('gives the first five employees enrolments', async () => {
    const { entities } = await resolveEntities(
      subgraph,
      'Employee',
      [1, 2, 3, 4, 5].map((id) => ({ id: String(id) })),
      'enrolments { status training { title jp } }',
    );
    for (const entity of entities) expect((entity!.enrolments as unknown[]).length).toBeGreaterThan(0);
  });
});
