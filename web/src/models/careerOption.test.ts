import { describe, expect, it } from 'vitest';
import { latestDate, planItemsOf, type CareerOptionView, type OptionTraining } from './careerOption';

const training = (
  trainingId: string,
  sessionId: string | null,
  nextSessionEnd: string | null = null,
): OptionTraining => ({
  trainingId,
  sessionId,
  title: `T${trainingId}`,
  competencyName: null,
  jp: 10,
  cost: 1_000_000,
  nextSessionStart: null,
  nextSessionEnd,
});

describe('planItemsOf', () => {
  it('lists each recommended training once, with its next session when it has one', () => {
    const option = {
      trainings: [training('5', '51', '2026-08-05'), training('6', null), training('5', '51', '2026-08-05')],
    } as CareerOptionView;
    expect(planItemsOf(option, 2026)).toEqual(
      new Map([[2026, [{ trainingId: '5', sessionId: '51' }, { trainingId: '6' }]]]),
    );
  });

  it('puts a session ending next year into next year’s plan, where its JP belong', () => {
    const option = {
      trainings: [training('5', '51', '2027-01-02'), training('6', '61', '2026-12-20'), training('7', null)],
    } as CareerOptionView;
    expect(planItemsOf(option, 2026)).toEqual(
      new Map([
        [2027, [{ trainingId: '5', sessionId: '51' }]],
        [2026, [{ trainingId: '6', sessionId: '61' }, { trainingId: '7' }]],
      ]),
    );
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
