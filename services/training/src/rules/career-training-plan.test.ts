import { describe, expect, it } from 'vitest';
import { planCareerTraining, type PlanTraining } from './career-training-plan.js';

const pka: PlanTraining = {
  id: 1,
  code: 'PKA',
  jp: 320,
  costPerParticipant: 30_000_000,
  competencies: [],
  nextSession: { id: 10, endDate: '2027-06-30' },
};
const dataCourse: PlanTraining = {
  id: 2,
  code: 'DATA-1',
  jp: 24,
  costPerParticipant: 2_000_000,
  competencies: [{ competencyId: 11, maxLevel: 3 }],
  nextSession: { id: 20, endDate: '2027-02-10' },
};
const dataElearning: PlanTraining = {
  id: 3,
  code: 'DATA-E',
  jp: 10,
  costPerParticipant: 0,
  competencies: [{ competencyId: 11, maxLevel: 2 }],
  nextSession: { id: 30, endDate: '2026-12-31' },
};
const kom: PlanTraining = {
  id: 4,
  code: 'KOM',
  jp: 16,
  costPerParticipant: 1_500_000,
  competencies: [{ competencyId: 3, maxLevel: 4 }],
  nextSession: null,
};

describe('training plan of a career move', () => {
  it('adds the unmet leadership training and the cheapest training reaching each required level', () => {
    const plan = planCareerTraining({
      gaps: [
        { competencyId: 11, requiredLevel: 3, currentLevel: 1 },
        { competencyId: 4, requiredLevel: 3, currentLevel: 3 },
      ],
      leadership: pka,
      leadershipMet: false,
      eligibleOn: '2027-01-01',
      catalog: [pka, dataCourse, dataElearning, kom],
      taken: new Map(),
    });
    // The free e-learning reaches only level 2 of the 3 required: the course is taken.
    expect(plan.steps.map((step) => step.training.code)).toEqual(['PKA', 'DATA-1']);
    expect(plan.totalJp).toBe(344);
    expect(plan.totalCost).toBe(32_000_000);
    // latest of 2027-01-01 (experience), 2027-06-30 (PKA), 2027-02-10 (course)
    expect(plan.earliestEligibleDate).toBe('2027-06-30');
  });

  it('skips a leadership training already completed and reports gaps nothing covers', () => {
    const plan = planCareerTraining({
      gaps: [
        { competencyId: 11, requiredLevel: 2, currentLevel: 0 },
        { competencyId: 99, requiredLevel: 2, currentLevel: 1 },
      ],
      leadership: pka,
      leadershipMet: true,
      eligibleOn: '2026-03-01',
      catalog: [pka, dataCourse, dataElearning],
      taken: new Map(),
    });
    expect(plan.steps.map((step) => step.training.code)).toEqual(['DATA-E']);
    expect(plan.uncovered).toEqual([99]);
    expect(plan.earliestEligibleDate).toBe('2026-12-31');
  });

  it('has no earliest date while a needed training has no open session', () => {
    const plan = planCareerTraining({
      gaps: [{ competencyId: 3, requiredLevel: 3, currentLevel: 2 }],
      leadership: null,
      leadershipMet: false,
      eligibleOn: '2026-03-01',
      catalog: [kom],
      taken: new Map(),
    });
    expect(plan.earliestEligibleDate).toBeNull();
  });

  it('has no date when personnel has none (an undatable requirement), whatever the sessions', () => {
    const plan = planCareerTraining({
      gaps: [{ competencyId: 11, requiredLevel: 2, currentLevel: 1 }],
      leadership: null,
      leadershipMet: false,
      eligibleOn: null,
      catalog: [dataElearning],
      taken: new Map(),
    });
    expect(plan.steps).toHaveLength(1);
    expect(plan.earliestEligibleDate).toBeNull();
  });

  it('shows a completed training as done and an enrolled one as in progress, counting neither again', () => {
    const plan = planCareerTraining({
      gaps: [
        { competencyId: 11, requiredLevel: 2, currentLevel: 1 },
        { competencyId: 3, requiredLevel: 3, currentLevel: 2 },
      ],
      leadership: pka,
      leadershipMet: false,
      eligibleOn: '2026-12-01',
      catalog: [pka, dataCourse, dataElearning, kom],
      taken: new Map([
        // Completed the course (level 3) although the free e-learning would be the pick for level 2.
        [dataCourse.id, { status: 'DONE' as const }],
        // Enrolled in PKA, in a session ending 2027-03-31 (earlier than the next open one).
        [pka.id, { status: 'IN_PROGRESS' as const, endDate: '2027-03-31' }],
        // Enrolled in KOM although it has no open session now.
        [kom.id, { status: 'IN_PROGRESS' as const, endDate: '2027-01-20' }],
      ]),
    });
    expect(plan.steps.map((step) => [step.training.code, step.status])).toEqual([
      ['PKA', 'IN_PROGRESS'],
      ['DATA-1', 'DONE'],
      ['KOM', 'IN_PROGRESS'],
    ]);
    expect(plan.totalJp).toBe(0);
    expect(plan.totalCost).toBe(0);
    expect(plan.earliestEligibleDate).toBe('2027-03-31');
  });

  it('counts as planned the JP of trainings to take that are already in the development plan', () => {
    const plan = planCareerTraining({
      gaps: [
        { competencyId: 11, requiredLevel: 3, currentLevel: 1 },
        { competencyId: 3, requiredLevel: 3, currentLevel: 2 },
      ],
      leadership: pka,
      leadershipMet: false,
      eligibleOn: '2027-01-01',
      catalog: [pka, dataCourse, kom],
      // KOM is being taken; the data course is in the plan; PKA (320 JP) is neither.
      taken: new Map([[kom.id, { status: 'IN_PROGRESS', endDate: '2026-12-20' }]]),
      planned: new Set([dataCourse.id, kom.id]),
    });
    expect(plan.steps.map((step) => [step.training.code, step.status])).toEqual([
      ['PKA', 'RECOMMENDED'],
      ['DATA-1', 'RECOMMENDED'],
      ['KOM', 'IN_PROGRESS'],
    ]);
    // Needed: PKA 320 + course 24 = 344 JP; planned: the course's 24 (KOM in progress is counted in neither).
    expect(plan.totalJp).toBe(344);
    expect(plan.plannedJp).toBe(24);
  });
});
