// `npm run bench:matrix-paint` (not in CI): the largest unit's team matrix in Debian's chromium. A sekda of 10
// sub-units holding 1,000 people whose position requires 30 competencies (each assessed) is written into a fresh
// stack; the script prints the web's TeamMatrix answer on the wire with gzip and without (identity), and for a few
// cold page loads of /team-matrix (all sub-units) the first contentful paint, when its first 100 rows are painted
// (then the next 100 on request) and the answer's encoded and decoded size as the browser saw them. Build the web
// app first (npm run build:web): the stack's gateway serves web/dist.
// Bounded: MATRIX_PAINT_EMPLOYEES (default 1000), MATRIX_PAINT_RUNS (default 3); loopback only; stops by itself.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { openDataSource } from '@asn/common';
import { chromium } from 'playwright-core';
import { newAppContext, signInAs } from '../browser/browser-stack.js';
import { startTestStack, type TestStack } from '../support/start-stack.js';
import { signIn } from '../support/sign-in.js';
import { EMPLOYEE_COLUMNS } from './scale/generate.js';

const EMPLOYEES = Number(process.env.MATRIX_PAINT_EMPLOYEES ?? 1000);
const RUNS = Number(process.env.MATRIX_PAINT_RUNS ?? 3);
const SEKDA = 1001;
const FIRST_PAGE = 100;
const SUB_UNITS = 10;
const POSITION = 9001;
/** The demo dictionary's 21 competencies plus 9 added here: 30 on the position's standard. */
const COMPETENCY_IDS = [
  ...Array.from({ length: 21 }, (_, index) => index + 1),
  ...[901, 902, 903, 904, 905, 906, 907, 908, 909],
];
const TEAM_MATRIX = readFileSync(
  new URL('../../../web/src/graphql/queries/TeamMatrix.graphql', import.meta.url),
  'utf8',
);
const pad = (id: number) => String(id).padStart(6, '0');

async function addSekda(stack: TestStack): Promise<void> {
  const env = stack.databaseEnv;
  const dataSource = await openDataSource(
    { service: 'personnel', entities: [], migrations: [] },
    { DATABASE_URL: env.DATABASE_URL ?? '', DATABASE_PREFIX: env.DATABASE_PREFIX ?? '', DATA_DIR: env.DATA_DIR ?? '' },
  );
  const insert = async (table: string, columns: readonly string[], rows: unknown[][]) => {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (let start = 0; start < rows.length; start += 400) {
      const chunk = rows.slice(start, start + 400);
      await dataSource.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
        chunk.flat(),
      );
    }
  };
  try {
    await insert(
      'competency',
      ['id', 'code', 'name', 'type', 'definition'],
      COMPETENCY_IDS.slice(21).map((id, index) => [
        id,
        `UJI${index + 1}`,
        `Kompetensi Uji ${index + 1}`,
        'TECHNICAL',
        'Uji.',
      ]),
    );
    const root = `/000001/${pad(SEKDA)}/`;
    await insert(
      'unit',
      ['id', 'agency_id', 'parent_id', 'name', 'path', 'head_employee_id'],
      [
        [SEKDA, 1, 1, 'Sekretariat Daerah (uji)', root, null],
        ...Array.from({ length: SUB_UNITS }, (_, index) => [
          SEKDA + 1 + index,
          1,
          SEKDA,
          `Bagian Uji ${index + 1}`,
          `${root}${pad(SEKDA + 1 + index)}/`,
          null,
        ]),
      ],
    );
    await insert(
      'position',
      ['id', 'agency_id', 'unit_id', 'name', 'kind', 'track', 'functional_level', 'min_golongan_rank', 'min_education'],
      [[POSITION, 1, SEKDA, 'Analis Uji Ahli Muda', 'FUNGSIONAL', 'FUNCTIONAL', 'AHLI_MUDA', 11, 'S1']],
    );
    await insert(
      'competency_standard',
      ['position_id', 'competency_id', 'required_level'],
      COMPETENCY_IDS.map((id, index) => [POSITION, id, 1 + (index % 4)]),
    );
    await insert(
      'employee',
      EMPLOYEE_COLUMNS,
      Array.from({ length: EMPLOYEES }, (_, index) => [
        100001 + index,
        `1978${String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0')}${String(1 + (index % 28)).padStart(2, '0')}2000012${String(800 + Math.floor(index / 336)).padStart(3, '0')}`,
        `Pegawai Sekda ${index + 1}`,
        'PNS',
        1,
        SEKDA + 1 + (index % SUB_UNITS),
        POSITION,
        null,
        11,
        'S1',
        '2020-01-01',
        ['SANGAT_BAIK', 'BAIK', 'KURANG'][index % 3],
        (index * 7) % 100,
        1,
      ]),
    );
    await insert(
      'assessment',
      ['employee_id', 'competency_id', 'level', 'source', 'assessed_on', 'assessor', 'evidence'],
      Array.from({ length: EMPLOYEES }, (_, person) =>
        COMPETENCY_IDS.map((id, index) => [
          100001 + person,
          id,
          1 + ((person + index) % 5),
          'ASSESSMENT_CENTER',
          '2025-03-01',
          'UPT',
          null,
        ]),
      ).flat(),
    );
  } finally {
    await dataSource.destroy();
  }
}

/** The TeamMatrix answer's bytes on the wire, as asked with the given Accept-Encoding. */
function wireBytes(
  url: string,
  token: string,
  encoding: string,
): Promise<{ bytes: number; encoding: string; ms: number }> {
  const body = JSON.stringify({
    query: TEAM_MATRIX,
    variables: {
      input: { unitId: String(SEKDA), includeSubUnits: true, competencyType: null, positionKind: null, asOf: null },
    },
  });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-encoding': encoding,
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () =>
          resolve({
            bytes,
            encoding: String(response.headers['content-encoding'] ?? 'identity'),
            ms: performance.now() - started,
          }),
        );
        response.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

async function main(): Promise<void> {
  // The stack's gateway serves web/dist (build it first: npm run build:web).
  const stack = await startTestStack({ database: 'sqlite' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync', '--no-first-run'],
  });
  try {
    await addSekda(stack);
    const token = await signIn(stack.gatewayUrl, 'admin.ambon');
    for (const encoding of ['identity', 'gzip']) {
      const wire = await wireBytes(stack.gatewayUrl, token, encoding);
      console.info(
        `TeamMatrix ${EMPLOYEES} × 30 asked with ${encoding}: ${kib(wire.bytes)} (${wire.encoding}), ${wire.ms.toFixed(0)} ms`,
      );
    }
    for (let run = 1; run <= RUNS; run += 1) {
      const context = await newAppContext(browser, stack.gatewayUrl);
      const page = await context.newPage();
      await signInAs(page, 'admin.ambon');
      await page.goto(`/team-matrix?unit=${SEKDA}&sub=1`);
      const rows = page.getByTestId('competency-matrix').locator('tbody tr');
      // The matrix draws its rows 100 at a time (CompetencyMatrix.vue): the first page is what paints first.
      await rows.nth(Math.min(EMPLOYEES, FIRST_PAGE) - 1).waitFor({ timeout: 120_000 });
      // A string: the bench is compiled without the DOM library. The frame after the rows reach the DOM paints them.
      const figures = (await page.evaluate(`(async () => {
        const painted = await new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        const matrix = performance.getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/graphql'))
          .sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
        return {
          fcp,
          painted,
          encoded: matrix?.encodedBodySize ?? 0,
          decoded: matrix?.decodedBodySize ?? 0,
          responseEnd: matrix?.responseEnd ?? 0,
          cells: document.querySelectorAll('td.matrix-cell').length,
        };
      })()`)) as {
        fcp: number | null;
        painted: number;
        encoded: number;
        decoded: number;
        responseEnd: number;
        cells: number;
      };
      console.info(
        `run ${run}: first contentful paint ${figures.fcp?.toFixed(0)} ms (of the page after sign-in), matrix answer received ` +
          `${figures.responseEnd.toFixed(0)} ms, first ${FIRST_PAGE} of ${EMPLOYEES} rows painted ${figures.painted.toFixed(0)} ms ` +
          `(render ${(figures.painted - figures.responseEnd).toFixed(0)} ms, ${figures.cells} cells); answer ` +
          `${kib(figures.encoded)} on the wire, ${kib(figures.decoded)} decoded`,
      );
      // The next 100 rows on request: the time from the click to their paint.
      const more = page.getByTestId('matrix-more');
      if (await more.count()) {
        const clicked = performance.now();
        await more.click();
        await rows.nth(Math.min(EMPLOYEES, 2 * FIRST_PAGE) - 1).waitFor({ timeout: 120_000 });
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        console.info(
          `run ${run}: the next ${FIRST_PAGE} rows painted ${(performance.now() - clicked).toFixed(0)} ms after the click`,
        );
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
}

await main();
