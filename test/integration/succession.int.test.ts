// Succession for key positions through the gateway, on SQLite and MySQL: Ambon's seeded picture worked by hand (the
// Kepala Bidang Aplikasi Informatika's successors by readiness, holders close to retirement, a head's own subtree),
// and the agency's whole view costing the same SQL statements with 10 and with 500 more people in the talent pool.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataSource } from '@asn/common';
import { EMPLOYEE_COLUMNS } from '../bench/scale/generate.js';
import { graphql } from '../support/graphql-client.js';
import { signIn } from '../support/sign-in.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { DATABASES } from '../support/test-config.js';

const PLAN = /* GraphQL */ `
  query Succession($agencyId: ID!, $unitId: ID) {
    successionPlan(agencyId: $agencyId, unitId: $unitId) {
      today
      poolSize
      withoutReadySuccessor
      positions {
        position {
          id
          name
        }
        hasReadySuccessor
        holders {
          employee {
            id
            name
          }
          retiresOn
          retiresSoon
        }
        candidates {
          employee {
            id
            name
          }
          talentBox {
            box
          }
          readiness
          option {
            eligibleOn
            jpm
          }
          blockers {
            kind
            metOn
            undatable
          }
        }
      }
    }
  }
`;

type Plan = {
  today: string;
  poolSize: number;
  withoutReadySuccessor: number;
  positions: {
    position: { id: string };
    hasReadySuccessor: boolean;
    holders: { employee: { id: string }; retiresOn: string; retiresSoon: boolean }[];
    candidates: {
      employee: { id: string };
      readiness: string;
      option: { eligibleOn: string | null };
      blockers: { kind: string; metOn: string | null; undatable: string | null }[];
    }[];
  }[];
};

/** Pranata Komputer Ahli Muda: the ladder leads on to Kepala Bidang Aplikasi Informatika (4) and Data (50). */
const AHLI_MUDA = 8;

/** `count` Ahli Muda rated Sangat Baik with potential 85 (box 9), in a new unit of Ambon, straight into the database. */
async function addPool(stack: TestStack, unitId: number, firstId: number, count: number): Promise<void> {
  const dataSource = await openDataSource(
    { service: 'personnel', entities: [], migrations: [] },
    {
      DATABASE_URL: stack.databaseEnv.DATABASE_URL,
      DATABASE_PREFIX: stack.databaseEnv.DATABASE_PREFIX ?? '',
      DATA_DIR: stack.databaseEnv.DATA_DIR ?? '',
    },
  );
  try {
    await dataSource.query(
      'INSERT INTO unit (id, agency_id, parent_id, name, path, head_employee_id) VALUES (?, 1, 1, ?, ?, NULL)',
      [unitId, `Tim Suksesi ${unitId}`, `/000001/${String(unitId).padStart(6, '0')}/`],
    );
    const rows = Array.from({ length: count }, (_, index) => {
      const id = firstId + index;
      // One NIP per fixture employee across calls: days and months by the id, the sequence by the 336 they give.
      const serial = id - 30001;
      const day = String(1 + (serial % 28)).padStart(2, '0');
      const month = String(1 + (Math.floor(serial / 28) % 12)).padStart(2, '0');
      // Born 1980, appointed 2005-01, sequence 8xx so no demo NIP repeats; in post from 2019 to 2024 by index.
      const nip = `1980${month}${day}200501${1}${String(800 + Math.floor(serial / 336)).padStart(3, '0')}`;
      return [
        id,
        nip,
        `Kandidat ${id}`,
        'PNS',
        1,
        unitId,
        AHLI_MUDA,
        null,
        12,
        'S1',
        `${2019 + (index % 6)}-01-01`,
        'SANGAT_BAIK',
        85,
        1,
      ];
    });
    for (let start = 0; start < rows.length; start += 400) {
      const chunk = rows.slice(start, start + 400);
      const tuple = `(${EMPLOYEE_COLUMNS.map(() => '?').join(', ')})`;
      await dataSource.query(
        `INSERT INTO employee (${EMPLOYEE_COLUMNS.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
        chunk.flat(),
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

describe.each(DATABASES)('succession for key positions through the gateway on %s', (database) => {
  let stack: TestStack;
  let admin: string;
  const plan = async (variables: Record<string, unknown>, token = admin) => {
    const result = await graphql<{ successionPlan: Plan }>(stack.gatewayUrl, PLAN, variables, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.successionPlan;
  };

  beforeAll(async () => {
    // Midday in Ambon on the day the hand-worked figures below are dated from.
    stack = await startTestStack({ database, env: { CLOCK_AT: '2026-11-25T03:00:00Z' } });
    admin = await signIn(stack.gatewayUrl, 'admin.ambon');
  }, 120_000);
  afterAll(() => stack?.stop());

  it("groups the successors of Ambon's Kepala Bidang Aplikasi Informatika by readiness, with what blocks them", async () => {
    const result = await plan({ agencyId: '1' });
    expect(result.today).toBe('2026-11-25');
    expect(result.positions).toHaveLength(10);
    expect(result.withoutReadySuccessor).toBe(6);
    const row = result.positions.find((each) => each.position.id === '4')!;
    // Born 1969-02-25 (NIP), Administrator retires at 58: 2027-02-25, within the 2-year horizon.
    expect(row.holders).toEqual([
      { employee: { id: '4', name: expect.any(String) }, retiresOn: '2027-02-25', retiresSoon: true },
    ]);
    expect(row.hasReadySuccessor).toBe(true);
    expect(row.candidates.map((candidate) => [candidate.employee.id, candidate.readiness])).toEqual([
      ['20', 'READY_NOW'],
      ['21', 'WITHIN_2_YEARS'],
      ['68', 'LATER'],
      ['59', 'LATER'],
      ['73', 'BLOCKED'],
      ['64', 'BLOCKED'],
    ]);
    // In post since 2024-08-01: three years met on 2027-08-01.
    expect(row.candidates[1]!.blockers).toEqual([{ kind: 'YEARS_IN_POSITION', metOn: '2027-08-01', undatable: null }]);
    expect(row.candidates[4]!.blockers).toContainEqual({
      kind: 'EDUCATION',
      metOn: null,
      undatable: 'EDUCATION_NOT_FORESEEABLE',
    });
    // Kepala BKPSDM: no one in the pool can reach it.
    expect(result.positions.find((each) => each.position.id === '54')).toMatchObject({
      hasReadySuccessor: false,
      candidates: [],
    });
  });

  it('shows the head of Dinas Kominfo their own key posts and people, and refuses another agency', async () => {
    const head = await signIn(stack.gatewayUrl, 'kadis.kominfo.ambon');
    const result = await plan({ agencyId: '1', unitId: '4' }, head);
    expect(result.positions.map((row) => row.position.id)).toEqual(['2', '4', '50', '3']);
    expect(result.positions[0]!.holders[0]).toMatchObject({ retiresOn: '2027-08-01', retiresSoon: true });
    const ids = result.positions.flatMap((row) => row.candidates.map((candidate) => candidate.employee.id));
    expect(ids).not.toContain('73');
    const agencyWide = await graphql(stack.gatewayUrl, PLAN, { agencyId: '1' }, { token: head });
    expect(agencyWide.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await signIn(stack.gatewayUrl, 'admin.mamuju');
    const refused = await graphql(stack.gatewayUrl, PLAN, { agencyId: '1' }, { token: other });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes the same SQL statements for the agency with 10 and with 500 more people in the pool', async () => {
    const cost = async () => {
      const before = await stack.stats();
      const result = await plan({ agencyId: '1' });
      const after = await stack.stats();
      const candidates = result.positions.reduce((sum, row) => sum + row.candidates.length, 0);
      const delta = Object.fromEntries(
        Object.keys(after).map((name) => [name, after[name]!.sqlStatements - before[name]!.sqlStatements]),
      );
      return { pool: result.poolSize, candidates, delta };
    };
    await addPool(stack, 1101, 30001, 10);
    const ten = await cost();
    await addPool(stack, 1102, 30011, 490);
    const fiveHundred = await cost();
    expect(fiveHundred.pool - ten.pool).toBe(490);
    // Each new Ahli Muda is a candidate for the three key posts the ladder reaches within its two moves.
    expect(fiveHundred.candidates - ten.candidates).toBe(3 * 490);
    console.info(
      `succession on ${database}: pool ${ten.pool}`,
      ten.delta,
      `pool ${fiveHundred.pool}`,
      fiveHundred.delta,
    );
    expect(fiveHundred.delta).toEqual(ten.delta);
    expect(ten.delta.training).toBe(0);
  });
});
