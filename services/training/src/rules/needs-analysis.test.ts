import { describe, expect, it } from 'vitest';
import { analyseNeeds, rankForCompetency, type CandidateTraining, type GapInput } from './needs-analysis.js';

// Worked by hand (see the header of needs-analysis.ts; each member closes max(0, min(m, required) − current)):
// competency 1, required 3: two members at 0, two at 2 → 4 below, deficit 2×3 + 2×1 = 8;
// competency 2, required 2: two members at 0 → 2 below, deficit 4.
// A: develops 1 up to level 1, Rp 1,000,000 → closes 1 for each member at 0 = 2, 2 participants, 2,000,000 → 1/M
// B: develops 1 up to level 3, Rp 250,000 → closes 2×3 + 2×1 = 8, 4 participants, 1,000,000 → 8 per million
// C: develops 2 up to level 2, Rp 500,000 → closes 2×2 = 4, 2 participants, 1,000,000 → 4 per million
// Budget 2,500,000: B first (1.5M left, competency 1 closed), then C (0.5M left); A now closes nothing.
const gaps: GapInput[] = [
  {
    competencyId: 1,
    shortfalls: [
      { requiredLevel: 3, currentLevel: 0, employees: 2 },
      { requiredLevel: 3, currentLevel: 2, employees: 2 },
    ],
  },
  { competencyId: 2, shortfalls: [{ requiredLevel: 2, currentLevel: 0, employees: 2 }] },
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
      [2, 8, 1_000_000, 4],
      [3, 4, 1_000_000, 2],
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
    expect(result.remainingDeficits.get(2)).toBe(4);
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
    // A closes 2 of 8 for competency 1 (ratio 1 per million), C closes 4 (4 per million) and goes first.
    expect(result.recommendations.map((r) => [r.trainingId, r.gapClosed])).toEqual([
      [3, 4],
      [1, 2],
    ]);
    expect(result.remainingDeficits.get(1)).toBe(6);
  });

  it('never closes more than the level the training develops to', () => {
    // Project management up to level 2 for two people at 1 of 3: 1 level each, 2 in all, and 2 remain.
    const projectManagement: GapInput = {
      competencyId: 7,
      shortfalls: [{ requiredLevel: 3, currentLevel: 1, employees: 2 }],
    };
    const toLevel2: CandidateTraining = {
      trainingId: 5,
      costPerParticipant: 1_000_000,
      competencies: [{ competencyId: 7, maxLevel: 2 }],
    };
    const result = analyseNeeds([projectManagement], [toLevel2], 10_000_000);
    expect(result.recommendations).toEqual([
      { trainingId: 5, participants: 2, cost: 2_000_000, gapClosed: 2, closes: [{ competencyId: 7, levels: 2 }] },
    ]);
    expect(result.remainingDeficits.get(7)).toBe(2);
  });

  it('ranks the trainings of one competency by its own gap closed per rupiah, budget aside', () => {
    // Competency 1: B closes 8 for 1,000,000 (8/M), A closes 2 for 2,000,000 (1/M); C develops 2 only, and a training
    // developing 1 and 2 counts only what it closes of 1 (its participants too).
    const both: CandidateTraining = {
      trainingId: 4,
      costPerParticipant: 100_000,
      competencies: [
        { competencyId: 1, maxLevel: 1 },
        { competencyId: 2, maxLevel: 2 },
      ],
    };
    expect(rankForCompetency(gaps[0]!, [A, B, C, both])).toEqual([
      { trainingId: 4, participants: 2, cost: 200_000, gapClosed: 2 },
      { trainingId: 2, participants: 4, cost: 1_000_000, gapClosed: 8 },
      { trainingId: 1, participants: 2, cost: 2_000_000, gapClosed: 2 },
    ]);
  });
});
