import { describe, expect, it } from 'vitest';
import { checkRequirements, earliestEligibleDate, type Candidate } from './career-requirements.js';

const TODAY = '2026-11-25';

// A Pengawas at III/c (rank 11) since 2023-01-01, in the position since 2023-03-01, S1, Baik twice.
const PENGAWAS: Candidate = {
  golonganRank: 11,
  golonganSince: '2023-01-01',
  education: 'S1',
  positionSince: '2023-03-01',
  birthDate: '1985-06-10',
  performance: [
    { year: 2025, predikat: 'BAIK' },
    { year: 2024, predikat: 'SANGAT_BAIK' },
  ],
};

describe('checkRequirements for a move to Administrator (min III/d = rank 12, S1, 3 years)', () => {
  const checks = checkRequirements(
    PENGAWAS,
    [{ minYearsInPosition: 3, minGolonganRank: null, requiredEducation: 'S1' }],
    { kind: 'ADMINISTRATOR', minGolonganRank: 12, minEducation: 'D4' },
    TODAY,
  );

  it('finds golongan one rank short, met 4 years after the last promotion', () => {
    expect(checks.find((check) => check.kind === 'GOLONGAN')).toMatchObject({ met: false, metOn: '2027-01-01' });
  });

  it('finds 3 years served since 2023-03-01 already met', () => {
    expect(checks.find((check) => check.kind === 'YEARS_IN_POSITION')).toMatchObject({
      met: true,
      metOn: '2026-03-01',
    });
  });

  it('finds S1 meeting the education and Baik twice meeting the performance rule', () => {
    expect(checks.find((check) => check.kind === 'EDUCATION')?.met).toBe(true);
    expect(checks.find((check) => check.kind === 'PERFORMANCE')?.met).toBe(true);
  });

  it('dates eligibility at the latest unmet requirement', () => {
    expect(earliestEligibleDate(checks, TODAY)).toBe('2027-01-01');
  });
});

describe('checkRequirements over two moves', () => {
  it('serves the second move’s years after the first can be made, not before today', () => {
    const checks = checkRequirements(
      { ...PENGAWAS, positionSince: '2025-01-01' },
      [
        { minYearsInPosition: 1, minGolonganRank: null, requiredEducation: null },
        { minYearsInPosition: 2, minGolonganRank: null, requiredEducation: null },
      ],
      { kind: 'PENGAWAS', minGolonganRank: 10, minEducation: null },
      TODAY,
    );
    expect(checks.find((check) => check.kind === 'YEARS_IN_POSITION')).toMatchObject({
      met: false,
      metOn: '2028-11-25',
    });
  });
});

describe('the requirement texts', () => {
  it('are worded in the request’s language', () => {
    const steps = [{ minYearsInPosition: 3, minGolonganRank: null, requiredEducation: null }];
    const target = { kind: 'ADMINISTRATOR' as const, minGolonganRank: 12, minEducation: null };
    const years = (language: 'id' | 'en') =>
      checkRequirements(PENGAWAS, steps, target, TODAY, language).find((check) => check.kind === 'YEARS_IN_POSITION');
    expect(years('id')).toMatchObject({ required: '3 tahun', actual: '3 tahun' });
    expect(years('en')).toMatchObject({ required: '3 years', actual: '3 years' });
  });
});

describe('the JPT Pratama age rule', () => {
  it('refuses a candidate over 56, with no date that could fix it', () => {
    const checks = checkRequirements(
      { ...PENGAWAS, birthDate: '1968-01-01', golonganRank: 14 },
      [{ minYearsInPosition: 2, minGolonganRank: null, requiredEducation: null }],
      { kind: 'JPT_PRATAMA', minGolonganRank: 14, minEducation: 'S1' },
      TODAY,
    );
    expect(checks.find((check) => check.kind === 'AGE')).toMatchObject({ met: false, actual: '58', metOn: null });
    expect(earliestEligibleDate(checks, TODAY)).toBeNull();
  });
});

describe('checkRequirements shows golongan as they are written', () => {
  it('labels the required and held golongan III/d and III/c', () => {
    const checks = checkRequirements(
      PENGAWAS,
      [{ minYearsInPosition: 3, minGolonganRank: null, requiredEducation: null }],
      { kind: 'ADMINISTRATOR', minGolonganRank: 12, minEducation: 'S1' },
      TODAY,
    );
    expect(checks.find((check) => check.kind === 'GOLONGAN')).toMatchObject({ required: 'III/d', actual: 'III/c' });
  });
});
