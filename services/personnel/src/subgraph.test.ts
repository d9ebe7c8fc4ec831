import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSubgraph, fetchSubgraphSdl, resolveEntities, type TestSubgraph } from '@asn/common/testing';
import { Employee } from './entities/employee.entity.js';
import { personnelSubgraph } from './subgraph.js';

describe('personnel as a federation subgraph', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await createTestSubgraph(personnelSubgraph);
    const rows = Array.from({ length: 100 }, (_, i) => ({
      nip: `19800101200501${i < 50 ? 1 : 2}${String(i + 1).padStart(3, '0')}`,
      name: `Pegawai ${i + 1}`,
    }));
    await subgraph.dataSource.getRepository(Employee).insert(rows);
  });
  afterAll(() => subgraph.stop());

  it('publishes its SDL with @link and both keys of Employee', async () => {
    const sdl = await fetchSubgraphSdl(subgraph);
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Employee\s+@key\(fields: "id"\)\s+@key\(fields: "nip"\)/);
  });

  it('answers _entities by id in the order asked, null for an unknown id, in one SQL statement', async () => {
    const { entities, statements } = await resolveEntities(
      subgraph,
      'Employee',
      [{ id: '3' }, { id: '999' }, { id: '1' }],
      'id',
    );
    expect(entities).toEqual([{ id: '3' }, null, { id: '1' }]);
    expect(statements).toBe(1);
  });

  it('answers _entities by nip with the same batching', async () => {
    const { entities, statements } = await resolveEntities(
      subgraph,
      'Employee',
      [{ nip: '198001012005011002' }],
      'id nip',
    );
    expect(entities).toEqual([{ id: '2', nip: '198001012005011002' }]);
    expect(statements).toBe(1);
  });

  it('takes one SQL statement for 100 representations as for 1', async () => {
    const one = await resolveEntities(subgraph, 'Employee', [{ id: '1' }]);
    const hundred = await resolveEntities(
      subgraph,
      'Employee',
      Array.from({ length: 100 }, (_, i) => ({ id: String(i + 1) })),
    );
    expect(hundred.entities.every((entity) => entity !== null)).toBe(true);
    expect(hundred.statements).toBe(one.statements);
  });
});
