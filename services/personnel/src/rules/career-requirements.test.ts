import { describe, expect, it } from 'vitest';
import {
  checkRequirements,
  earliestEligibleDate,
  openTo,
  undatedRequirements,
  type Candidate,
} from './career-requirements.js';
import { goodPerformance, goodPerformanceFrom, promotionDate } from './promotion.js';

const TODAY = '2026-11-25';
const PENGAWAS_POST = { kind: 'PENGAWAS', functionalLevel: null } as const;
const ADMINISTRATOR = {
  kind: 'ADMINISTRATOR',
  functionalLevel: null,
  minGolonganRank: 12,
  minEducation: 'S1',
} as const;

// A Pengawas at III/c (rank 11, TMT 2023-04-01), in the position since 2023-03-01, S1, Baik twice.
const PENGAWAS: Candidate = {
  employeeType: 'PNS',
  golonganRank: 11,
  golonganSince: '2023-04-01',
  education: 'S1',
  positionSince: '2023-03-01',
  birthDate: '1985-06-10',
  position: PENGAWAS_POST,
  performance: [
    { year: 2025, predikat: 'BAIK' },
    { year: 2024, predikat: 'SANGAT_BAIK' },
  ],
};
const oneMove = [{ minYearsInPosition: 3, minGolonganRank: null, requiredEducation: 'S1' as const, to: ADMINISTRATOR }];
const find = (checks: ReturnType<typeof checkRequirements>, kind: string) => checks.find((c) => c.kind === kind);

describe('the regular promotion rule (a rank every 4 years from the TMT, with performance, under the ceiling)', () => {
  it('dates III/d four years after the TMT of III/c: 2023-04-01 + 4 years = 2027-04-01', () => {
    const checks = checkRequirements(PENGAWAS, oneMove, TODAY);
    expect(find(checks, 'GOLONGAN')).toMatchObject({
      met: false,
      required: 'III/d',
      actual: 'III/c',
      metOn: '2027-04-01',
    });
    expect(earliestEligibleDate(checks, TODAY)).toBe('2027-04-01');
  });

  it('dates two ranks at 8 years, and refuses a third rank above the ceiling plus one', () => {
    expect(promotionDate({ rank: 9, since: '2020-10-01' }, 11, 12, TODAY)).toEqual({ date: '2028-10-01', block: null });
    expect(promotionDate({ rank: 9, since: '2020-10-01' }, 12, 10, TODAY)).toEqual({
      date: null,
      block: 'EXTRAORDINARY_PROMOTION',
    });
  });

  it('holds a promotion until two good years follow a poor one: 2025 Butuh Perbaikan → not before 2028-01-01', () => {
    const checks = checkRequirements(
      { ...PENGAWAS, performance: [{ year: 2025, predikat: 'BUTUH_PERBAIKAN' }, ...PENGAWAS.performance.slice(1)] },
      oneMove,
      TODAY,
    );
    // 4 years from the TMT is 2027-04-01, but 2026 and 2027 must be rated at least Baik first.
    expect(find(checks, 'GOLONGAN')).toMatchObject({ met: false, metOn: '2028-01-01', undatable: null });
    expect(find(checks, 'PERFORMANCE')).toMatchObject({ met: false, metOn: '2028-01-01' });
    expect(earliestEligibleDate(checks, TODAY)).toBe('2028-01-01');
    expect(undatedRequirements(checks)).toEqual([]);
  });

  it('asks no golongan of a PPPK (the grade comes with the contract), and opens no structural post to one', () => {
    const checks = checkRequirements({ ...PENGAWAS, employeeType: 'PPPK' }, oneMove, TODAY);
    expect(find(checks, 'GOLONGAN')).toBeUndefined();
    expect(openTo('PPPK', ['FUNGSIONAL', 'FUNGSIONAL'])).toBe(true);
    expect(openTo('PPPK', ['PENGAWAS'])).toBe(false);
    expect(openTo('PPPK', ['FUNGSIONAL', 'ADMINISTRATOR'])).toBe(false);
    expect(openTo('PNS', ['ADMINISTRATOR'])).toBe(true);
  });
});

describe('the two-year performance requirement over a predikat history', () => {
  // 2021 Baik, 2022 Sangat Baik, 2023 Butuh Perbaikan, 2024 Baik, 2025 Baik.
  const history = [
    { year: 2025, predikat: 'BAIK' },
    { year: 2024, predikat: 'BAIK' },
    { year: 2023, predikat: 'BUTUH_PERBAIKAN' },
    { year: 2022, predikat: 'SANGAT_BAIK' },
    { year: 2021, predikat: 'BAIK' },
  ] as const;
  it('is met in 2023 (2022 and 2021 good), unmet in 2024 and 2025 (2023 counts), met again in 2026', () => {
    expect(goodPerformance(history, 2, '2023-06-30')).toBe(true);
    expect(goodPerformance(history, 2, '2024-06-30')).toBe(false);
    expect(goodPerformance(history, 2, '2025-06-30')).toBe(false);
    expect(goodPerformance(history, 2, '2026-06-30')).toBe(true);
  });

  it('reads last year as the year before while last year is not rated yet, but no older', () => {
    expect(goodPerformance(history.slice(1), 2, '2026-01-10')).toBe(false);
    expect(goodPerformance(history.slice(1), 2, '2025-01-10')).toBe(false);
    expect(goodPerformance(history.slice(2), 2, '2026-01-10')).toBe(false);
    expect(
      goodPerformance(
        [
          { year: 2024, predikat: 'BAIK' },
          { year: 2023, predikat: 'BAIK' },
        ],
        2,
        '2025-01-10',
      ),
    ).toBe(true);
  });

  it('dates when it is met again, planning on the years not yet rated being good', () => {
    expect(goodPerformanceFrom(history, 2, '2023-06-30')).toBe('2023-06-30');
    expect(goodPerformanceFrom(history, 2, '2024-06-30')).toBe('2026-01-01');
    expect(goodPerformanceFrom(history, 2, '2026-06-30')).toBe('2026-06-30');
    // A missing year counts as not rated good: 2024 unrated, 2025 good → 2027 (2025 and 2026 good).
    expect(goodPerformanceFrom([{ year: 2025, predikat: 'BAIK' }], 2, TODAY)).toBe('2027-01-01');
  });

  it('drives the Administrator move: met with 2024-2025 good, not with a gap year', () => {
    expect(find(checkRequirements(PENGAWAS, oneMove, TODAY), 'PERFORMANCE')?.met).toBe(true);
    const gap = { ...PENGAWAS, performance: [PENGAWAS.performance[0]!, { year: 2023, predikat: 'BAIK' as const }] };
    expect(find(checkRequirements(gap, oneMove, TODAY), 'PERFORMANCE')).toMatchObject({
      met: false,
      metOn: '2027-01-01',
    });
  });
});

describe('a two-move path', () => {
  it('dates the second move from the first move’s date, not from today', () => {
    // Pelaksana (II/d, TMT 2022-04-01, since 2024-01-01) → Pengawas (III/b, 4 years) → Administrator (III/d, 3 years).
    const candidate: Candidate = {
      ...PENGAWAS,
      golonganRank: 8,
      golonganSince: '2022-04-01',
      positionSince: '2024-01-01',
      position: { kind: 'PELAKSANA', functionalLevel: null },
    };
    const checks = checkRequirements(
      candidate,
      [
        {
          minYearsInPosition: 4,
          minGolonganRank: null,
          requiredEducation: 'D3',
          to: { ...PENGAWAS_POST, minGolonganRank: 10, minEducation: 'D3' },
        },
        { minYearsInPosition: 3, minGolonganRank: null, requiredEducation: 'S1', to: ADMINISTRATOR },
      ],
      TODAY,
    );
    // Move 1: years 2028-01-01; III/a 2026-04-01, III/b 2030-04-01 → move 1 on 2030-04-01.
    // Move 2: years 2030-04-01 + 3 = 2033-04-01; III/c 2034-04-01, III/d 2038-04-01 (Pengawas ceiling III/d).
    expect(find(checks, 'YEARS_IN_POSITION')).toMatchObject({ required: '4 + 3 years', metOn: '2033-04-01' });
    expect(find(checks, 'GOLONGAN')).toMatchObject({ required: 'III/d', metOn: '2038-04-01' });
    expect(earliestEligibleDate(checks, TODAY)).toBe('2038-04-01');
  });
});

describe('the JPT Pratama age rule', () => {
  it('refuses a candidate over 56 on the day the move can be made, with the reason', () => {
    const checks = checkRequirements(
      {
        ...PENGAWAS,
        birthDate: '1968-01-01',
        golonganRank: 14,
        position: { kind: 'ADMINISTRATOR', functionalLevel: null },
      },
      [
        {
          minYearsInPosition: 2,
          minGolonganRank: null,
          requiredEducation: null,
          to: { kind: 'JPT_PRATAMA', functionalLevel: null, minGolonganRank: 14, minEducation: 'S1' },
        },
      ],
      TODAY,
    );
    expect(find(checks, 'AGE')).toMatchObject({ met: false, actual: '58', metOn: null, undatable: 'OVER_AGE_LIMIT' });
    expect(earliestEligibleDate(checks, TODAY)).toBeNull();
  });
});

describe('the requirement texts', () => {
  it('are worded in the request’s language', () => {
    const years = (language: 'id' | 'en') =>
      find(checkRequirements(PENGAWAS, oneMove, TODAY, language), 'YEARS_IN_POSITION');
    expect(years('id')).toMatchObject({ required: '3 tahun', actual: '3 tahun' });
    expect(years('en')).toMatchObject({ required: '3 years', actual: '3 years' });
  });
});
