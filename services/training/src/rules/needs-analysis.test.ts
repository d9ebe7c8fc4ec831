import { describe, expect, it } from 'vitest';
import { analyseNeeds, type CandidateTraining, type GapInput } from './needs-analysis.js';

// Worked by hand (see the header of needs-analysis.ts):
// gaps: competency 1: 4 members below, deficit 6; competency 2: 2 members below, deficit 2.
// A: develops 1 up to level 1, Rp 1,000,000 → closes min(6, 4×1) = 4 for 4 × 1,000,000 = 4,000,000 → 1 per million
// B: develops 1 up to level 3, Rp 250,000 → closes min(6, 4×3) = 6 for 1,000,000 → 6 per million
// C: develops 2 up to level 2, Rp 500,000 → closes min(2, 2×2) = 2 for 1,000,000 → 2 per million
// Budget 2,500,000: B first (1.5M left, competency 1 closed), then C (0.5M left); A now closes nothing.
const gaps: GapInput[] = [
  { competencyId: 1, employeesBelow: 4, totalDeficit: 6 },
  { competencyId: 2, employeesBelow: 2, totalDeficit: 2 },
];
const A: CandidateTraining = {
  trainingId: 1,
  costPerParticipant: 1_000_000,
  competencies: [{ competencyId: 1, maxLevel: 1 }],
};
const B: CandidateTraining = {
  trainingId: 2,
  costPerParticipant: 250_000,
  competencies: [{ competencyId: 1, maxLevel: 3 }],
};
const C: CandidateTraining = {
  trainingId: 3,
  costPerParticipant: 500_000,
  competencies: [{ competencyId: 2, maxLevel: 2 }],
};

describe('training needs analysis', () => {
  it('ranks by gap closed per rupiah and fits greedily to the budget', () => {
    const result = analyseNeeds(gaps, [A, B, C], 2_500_000);
    expect(result.recommendations.map((r) => [r.trainingId, r.gapClosed, r.cost, r.participants])).toEqual([
      [2, 6, 1_000_000, 4],
      [3, 2, 1_000_000, 2],
    ]);
    expect(result.spent).toBe(2_000_000);
    expect(result.remainingBudget).toBe(500_000);
    expect([...result.remainingDeficits]).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it('skips what does not fit and takes a cheaper option that does', () => {
    // 1,200,000: B fits (0.2M left); C costs 1,000,000 and no longer fits.
    const result = analyseNeeds(gaps, [A, B, C], 1_200_000);
    expect(result.recommendations.map((r) => r.trainingId)).toEqual([2]);
    expect(result.remainingDeficits.get(2)).toBe(2);
  });

  it('counts a free non-classical training first, even with no budget', () => {
    const mentoring: CandidateTraining = {
      trainingId: 9,
      costPerParticipant: 0,
      competencies: [{ competencyId: 2, maxLevel: 1 }],
    };
    const result = analyseNeeds(gaps, [A, B, C, mentoring], 0);
    expect(result.recommendations).toEqual([
      { trainingId: 9, participants: 2, cost: 0, gapClosed: 2, closes: [{ competencyId: 2, levels: 2 }] },
    ]);
  });

  it('lets a second training close only what the first left', () => {
    const result = analyseNeeds(gaps, [A, C], 10_000_000);
    // A closes 4 of 6 for competency 1 (ratio 1 per million), C closes 2 (2 per million) and goes first.
    expect(result.recommendations.map((r) => [r.trainingId, r.gapClosed])).toEqual([
      [3, 2],
      [1, 4],
    ]);
    expect(result.remainingDeficits.get(1)).toBe(2);
  });
});
