import { describe, expect, it } from 'vitest';
import { latestDate, planItemsOf, type CareerOptionView, type OptionTraining } from './careerOption';

const training = (trainingId: string, sessionId: string | null): OptionTraining => ({
  trainingId,
  sessionId,
  title: `T${trainingId}`,
  competencyName: null,
  jp: 10,
  cost: 1_000_000,
  nextSessionStart: null,
  nextSessionEnd: null,
});

describe('planItemsOf', () => {
  it('lists each recommended training once, with its next session when it has one', () => {
    const option = {
      trainings: [training('5', '51'), training('6', null), training('5', '51')],
    } as CareerOptionView;
    expect(planItemsOf(option)).toEqual([{ trainingId: '5', sessionId: '51' }, { trainingId: '6' }]);
  });
});

describe('latestDate', () => {
  it('takes the later of the personnel and the training date, and none while either is unknown', () => {
    expect(latestDate('2026-03-01', '2026-07-15')).toBe('2026-07-15');
    expect(latestDate('2027-04-01', '2026-07-15')).toBe('2027-04-01');
    expect(latestDate(null, '2026-07-15')).toBeNull();
    expect(latestDate('2026-03-01', null)).toBeNull();
  });
});
