import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSubgraphSdl, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { AS, createSeededPersonnel } from './testing/identities.js';

describe('personnel as a federation subgraph', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createSeededPersonnel();
  });
  afterAll(() => subgraph.stop());

  it('publishes its SDL with @link, both keys of Employee and the keys of the catalog entities', async () => {
    const sdl = await fetchSubgraphSdl(subgraph);
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Employee\s+@key\(fields: "id"\)\s+@key\(fields: "nip"\)/);
    for (const type of ['Agency', 'Unit', 'Position', 'Competency']) {
      expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
    }
    expect(sdl).toMatch(/type UnitCompetencyGap\s+@shareable/);
    expect(sdl).toMatch(/type CareerOption\s+@key\(fields: "employeeId positionId"\)/);
    expect(sdl).toMatch(/type CompetencyGap\s+@shareable/);
  });

  it('answers _entities by id in the order asked, null for an unknown id, in one SQL statement', async () => {
    const { entities, statements } = await resolveEntities(subgraph, 'Employee', [
      { id: '3' },
      { id: '999' },
      { id: '1' },
    ]);
    expect(entities).toEqual([{ id: '3' }, null, { id: '1' }]);
    expect(statements).toBe(1);
  });

  it('answers _entities by nip with the same batching', async () => {
    const { entities, statements } = await resolveEntities(subgraph, 'Employee', [{ nip: '196608011988031001' }], 'id');
    expect(entities).toEqual([null]);
    expect(statements).toBe(1);
    const first = await subgraph.execute<{ employee: { nip: string } }>('{ employee(id: "1") { nip } }');
    const found = await resolveEntities(subgraph, 'Employee', [{ nip: first.data!.employee.nip }], 'id nip');
    expect(found.entities).toEqual([{ id: '1', nip: first.data!.employee.nip }]);
  });

  it('takes one SQL statement for 100 representations as for 1', async () => {
    const one = await resolveEntities(subgraph, 'Employee', [{ id: '1' }]);
    const hundred = await resolveEntities(
      subgraph,
      'Employee',
      Array.from({ length: 75 }, (_, i) => ({ id: String(i + 1) })),
    );
    expect(hundred.entities.every((entity) => entity !== null)).toBe(true);
    expect(hundred.statements).toBe(one.statements);
  });

  it('resolves Unit, Position, Competency and Agency references in one statement each, publicly', async () => {
    for (const [type, selection] of [
      ['Unit', 'id name'],
      ['Position', 'id name'],
      ['Competency', 'id code'],
      ['Agency', 'id name'],
    ]) {
      const { entities, statements } = await resolveEntities(subgraph, type!, [{ id: '2' }, { id: '1' }], selection);
      expect(entities.map((entity) => entity?.id)).toEqual(['2', '1']);
      expect(statements).toBe(1);
    }
  });

  it('gives @requires callers memberIds and competencyGaps of many units in constant SQL', async () => {
    const selection = 'id memberIds competencyGaps { competencyId employeesBelow totalDeficit }';
    const one = await resolveEntities(subgraph, 'Unit', [{ id: '4' }], selection);
    const all = await resolveEntities(
      subgraph,
      'Unit',
      Array.from({ length: 12 }, (_, i) => ({ id: String(i + 1) })),
      selection,
    );
    expect(all.statements).toBe(one.statements);
    const root = all.entities[0] as { memberIds: string[]; competencyGaps: { totalDeficit: number }[] };
    expect(root.memberIds).toHaveLength(75);
    expect(root.competencyGaps.some((gap) => gap.totalDeficit > 0)).toBe(true);
    const kominfo = one.entities[0] as { memberIds: string[] };
    expect(kominfo.memberIds).toContain('4');
  });

  it('refuses an employee reference of another agency, and any to an anonymous caller', async () => {
    const other = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id } } }',
      {
        r: [{ __typename: 'Employee', id: '76' }],
      },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.execute(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id } } }',
      { r: [{ __typename: 'Employee', id: '1' }] },
      { identity: AS.anonymous },
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
