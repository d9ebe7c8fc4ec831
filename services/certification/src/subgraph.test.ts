import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSubgraphSdl, resolveEntities } from '@asn/common/testing';
import { ASN_1001, MANAGER, TODAY, certificatesOf1001, insertCertificates } from './testing/fixtures.js';
import {
  createCertificationTestSubgraph,
  type CertificationTestSubgraph,
} from './testing/certification-test-subgraph.js';

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => String(from + i));

describe('certification as a federation subgraph', () => {
  let subgraph: CertificationTestSubgraph;
  let ids: number[];
  beforeAll(async () => {
    subgraph = await createCertificationTestSubgraph(TODAY, { seed: true });
    ids = await insertCertificates(subgraph.dataSource, [
      ...certificatesOf1001(),
      // Employee 1002: the JF PPBJ test (lifetime), so position 9 lacks only PBJ Level-1.
      { employeeId: 1002, schemeId: 6, number: 'T-PPBJ-1', issuedOn: '2024-03-01' },
    ]);
  });
  afterAll(() => subgraph.stop());

  it('publishes its SDL with @link, its keys and the @requires on Unit', async () => {
    const sdl = await fetchSubgraphSdl(subgraph);
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Certificate\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Scheme\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/memberIds: \[ID!\]! @external/);
    expect(sdl).toMatch(/expiringCertificates\([\s\S]*?\): \[Certificate!\] @requires\(fields: "memberIds"\)/);
  });

  it('answers _entities for certificates in the order asked, null for an unknown id', async () => {
    const { entities } = await resolveEntities(
      subgraph,
      'Certificate',
      [{ id: String(ids[1]) }, { id: '999999' }, { id: String(ids[0]) }],
      'number',
    );
    expect(entities).toEqual([{ number: 'T-STR-1' }, null, { number: 'T-MPROY-1' }]);
  });

  it("gives an employee's certificates, filtered by status, in the same SQL for 10 employees as for 300", async () => {
    const selection = 'id certificates { number status scheme { code issuer { code } } }';
    const ten = await resolveEntities(
      subgraph,
      'Employee',
      range(10).map((id) => ({ id })),
      selection,
    );
    const all = await resolveEntities(
      subgraph,
      'Employee',
      range(300).map((id) => ({ id })),
      selection,
    );
    expect(all.statements).toBe(ten.statements);
    expect(ten.entities.some((employee) => (employee?.certificates as unknown[]).length > 0)).toBe(true);
    const expiring = await resolveEntities(
      subgraph,
      'Employee',
      [{ id: '1001' }],
      'certificates(status: EXPIRING) { number }',
    );
    expect(expiring.entities).toEqual([{ certificates: [{ number: 'T-MPROY-1' }] }]);
  });

  it('names the schemes a position requires that the employee lacks, valid certificates only', async () => {
    // Position 9 (Pengelola PBJ Ahli Pertama, agency 1) requires PBJ Level-1 and the JF PPBJ test.
    const { entities } = await resolveEntities(
      subgraph,
      'Employee',
      [{ id: '1001' }, { id: '1002' }],
      'missingSchemes(positionId: "9") { code }',
    );
    expect(entities).toEqual([
      { missingSchemes: [{ code: 'LKPP-L1' }, { code: 'LKPP-JF-PPBJ-AP' }] }, // 1001's Level-1 has expired
      { missingSchemes: [{ code: 'LKPP-L1' }] },
    ]);
  });

  it('lists the schemes each position requires and each competency, in constant SQL', async () => {
    const few = await resolveEntities(subgraph, 'Position', [{ id: '9' }, { id: '1' }], 'requiredSchemes { code }');
    expect(few.entities).toEqual([
      { requiredSchemes: [{ code: 'LKPP-L1' }, { code: 'LKPP-JF-PPBJ-AP' }] },
      { requiredSchemes: [] },
    ]);
    const many = await resolveEntities(
      subgraph,
      'Position',
      range(48).map((id) => ({ id })),
      'requiredSchemes { code }',
    );
    expect(many.statements).toBe(few.statements);
    const pbj = await resolveEntities(subgraph, 'Competency', [{ id: '12' }], 'certifyingSchemes { code }');
    expect((pbj.entities[0]?.certifyingSchemes as unknown[]).length).toBe(7);
    const competencies = await resolveEntities(
      subgraph,
      'Competency',
      range(21).map((id) => ({ id })),
      'certifyingSchemes { code }',
    );
    expect(competencies.statements).toBe(pbj.statements);
  });

  it("lists a unit's members' expiring certificates, sub-units included, in one statement for any number of units", async () => {
    const selection = 'expiringCertificates(withinDays: 90) { number daysUntilExpiry }';
    const one = await resolveEntities(subgraph, 'Unit', [{ id: '6', memberIds: ['1001', '1002'] }], selection);
    expect(one.entities).toEqual([{ expiringCertificates: [{ number: 'T-MPROY-1', daysUntilExpiry: 61 }] }]);
    const narrow = await resolveEntities(
      subgraph,
      'Unit',
      [{ id: '6', memberIds: ['1001'] }],
      'expiringCertificates(withinDays: 30) { number }',
    );
    expect(narrow.entities).toEqual([{ expiringCertificates: [] }]);
    const units = range(12).map((id, i) => ({ id, memberIds: range(25, i * 25 + 1) }));
    const twelve = await resolveEntities(subgraph, 'Unit', units, selection);
    expect(twelve.statements).toBe(one.statements);
    expect(twelve.entities.some((unit) => (unit?.expiringCertificates as unknown[]).length > 0)).toBe(true);
  });

  it("lets a unit's manager read its expiring certificates, not an employee", async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Unit { expiringCertificates { number } } } }`;
    const representations = [{ __typename: 'Unit', id: '6', memberIds: ['1001'] }];
    const asManager = await subgraph.execute(query, { representations }, { identity: MANAGER });
    expect(asManager.errors).toBeUndefined();
    const asEmployee = await subgraph.execute(query, { representations }, { identity: ASN_1001 });
    expect(asEmployee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("tells a career option which of the target's required schemes are met", async () => {
    const { entities, statements } = await resolveEntities(
      subgraph,
      'CareerOption',
      [
        { employeeId: '1002', positionId: '9' },
        { employeeId: '1001', positionId: '11' },
      ],
      'certification { allMet requirements { scheme { code } met certificate { number } } }',
    );
    expect(entities).toEqual([
      {
        certification: {
          allMet: false,
          requirements: [
            { scheme: { code: 'LKPP-L1' }, met: false, certificate: null },
            { scheme: { code: 'LKPP-JF-PPBJ-AP' }, met: true, certificate: { number: 'T-PPBJ-1' } },
          ],
        },
      },
      {
        certification: {
          allMet: false,
          requirements: [
            { scheme: { code: 'KEMENKES-STR-PERAWAT' }, met: true, certificate: { number: 'T-STR-1' } },
            { scheme: { code: 'KEMENKES-JF-PERAWAT-T' }, met: false, certificate: null },
          ],
        },
      },
    ]);
    const many = await resolveEntities(
      subgraph,
      'CareerOption',
      range(40).map((employeeId, i) => ({ employeeId, positionId: String((i % 48) + 1) })),
      'certification { allMet requirements { scheme { code } met } }',
    );
    expect(many.statements).toBe(statements);
  });
});
