import { describe, expect, it } from 'vitest';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import {
  competencyGains,
  ikmCategory,
  isIkmScore,
  jpComplianceShare,
  meanOf,
  percentOf,
  ratingChangeAfterTraining,
  trainedYears,
} from './training-success.js';

const completed = (endDate: string) => ({ status: EnrolmentStatus.COMPLETED, jp: 8, endDate });

describe('ratingChangeAfterTraining', () => {
  const ratings = [
    { year: 2024, predikat: 'BAIK' as const },
    { year: 2025, predikat: 'SANGAT_BAIK' as const },
    { year: 2026, predikat: 'BAIK' as const },
  ];

  it('counts Baik in 2024, trained in 2025, Sangat Baik in 2025 as rose', () => {
    expect(ratingChangeAfterTraining(ratings, trainedYears([completed('2025-06-30')]), 2025)).toBe('ROSE');
  });

  it('tells a fall and leaves out a year without training or without both ratings', () => {
    const trained = trainedYears([completed('2026-03-01'), completed('2024-05-01')]);
    expect(ratingChangeAfterTraining(ratings, trained, 2026)).toBe('FELL');
    expect(ratingChangeAfterTraining(ratings, trained, 2025)).toBeNull();
    expect(ratingChangeAfterTraining(ratings, trained, 2024)).toBeNull();
  });

  it('does not count a requested or approved seat as trained', () => {
    const planned = { status: EnrolmentStatus.APPROVED, jp: 8, endDate: '2025-06-30' };
    expect(ratingChangeAfterTraining(ratings, trainedYears([planned]), 2025)).toBeNull();
  });
});

describe('competencyGains', () => {
  const facts = [
    { competencyId: 1, level: 2, source: 'ASSESSMENT_CENTER', assessedOn: '2024-11-01' },
    { competencyId: 1, level: 4, source: 'SELF', assessedOn: '2025-08-01' },
    { competencyId: 1, level: 3, source: 'ASSESSMENT_CENTER', assessedOn: '2025-10-01' },
    { competencyId: 2, level: 3, source: 'MANAGER', assessedOn: '2025-01-10' },
  ];

  it('pairs the last assessment before with the first after by the same source', () => {
    expect(competencyGains(facts, [{ completedOn: '2025-06-30', competencyIds: [1, 2] }], 2025)).toEqual([
      { competencyId: 1, before: 2, after: 3 },
    ]);
  });

  it('counts a pair once for two trainings of the year and none for another year', () => {
    const two = [
      { completedOn: '2025-03-01', competencyIds: [1] },
      { completedOn: '2025-06-30', competencyIds: [1] },
    ];
    expect(competencyGains(facts, two, 2025)).toHaveLength(1);
    expect(competencyGains(facts, two, 2024)).toEqual([]);
  });
});

describe('figures', () => {
  it('rounds shares and means half up to 2 decimals', () => {
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(0, 0)).toBeNull();
    expect(meanOf([1, 0, 2])).toBe(1);
    expect(meanOf([])).toBeNull();
  });

  it('has no JP compliance for a year in which no member completed anything, but a real 0% once someone did', () => {
    expect(jpComplianceShare(0, 62, 0)).toBeNull();
    expect(jpComplianceShare(0, 62, 1)).toBe(0);
    expect(jpComplianceShare(27, 62, 43)).toBe(43.55);
    expect(jpComplianceShare(0, 0, 3)).toBeNull();
  });

  it('bands the IKM as PermenPANRB 14/2017 does', () => {
    expect([100, 88.31, 88.3, 76.61, 76.6, 65, 64.99, 25].map(ikmCategory)).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'C',
      'D',
      'D',
    ]);
    expect([25, 100, 82.5, 76.61].every(isIkmScore)).toBe(true);
    expect([24.99, 100.01, 82.555, Number.NaN].some(isIkmScore)).toBe(false);
  });
});
