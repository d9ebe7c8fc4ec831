import { describe, expect, it } from 'vitest';
import { checkAnswer, checkOpening, isSurveyOpen, surveyDemand } from './needs-survey.js';

describe('checkOpening', () => {
  it('takes this year or the next, closing between today and the year’s end', () => {
    expect(checkOpening(2026, '2026-12-31', '2026-12-01')).toBeNull();
    expect(checkOpening(2027, '2027-01-31', '2026-12-01')).toBeNull();
    expect(checkOpening(2025, '2026-12-31', '2026-12-01')?.reason).toBe('YEAR_INVALID');
    expect(checkOpening(2028, '2028-01-31', '2026-12-01')?.reason).toBe('YEAR_INVALID');
    expect(checkOpening(2026, '2026-11-30', '2026-12-01')?.reason).toBe('SURVEY_CLOSE_DATE');
    expect(checkOpening(2026, '2027-01-01', '2026-12-01')?.field).toBe('input.closesOn');
  });

  it('is open up to and including its close date', () => {
    expect(isSurveyOpen('2026-12-01', '2026-12-01')).toBe(true);
    expect(isSurveyOpen('2026-11-30', '2026-12-01')).toBe(false);
  });
});

describe('checkAnswer', () => {
  it('wants 1 to 5 competencies and each competency and form once', () => {
    expect(checkAnswer([], [])?.reason).toBe('SURVEY_EMPTY');
    expect(checkAnswer([1, 2, 3, 4, 5, 6], [])?.reason).toBe('SURVEY_EMPTY');
    expect(checkAnswer([1, 1], [])?.reason).toBe('COMPETENCY_TWICE');
    expect(checkAnswer([1, 2], ['CLASSICAL', 'CLASSICAL'])?.reason).toBe('FORM_TWICE');
    expect(checkAnswer([1, 2], ['CLASSICAL', 'NON_CLASSICAL'])).toBeNull();
  });
});

describe('surveyDemand', () => {
  it('counts members per competency, marks the head’s additions, and ignores those who left', () => {
    const demand = surveyDemand(
      [
        { employeeId: 1, source: 'EMPLOYEE', competencyIds: [10, 11] },
        { employeeId: 2, source: 'EMPLOYEE', competencyIds: [11] },
        { employeeId: 9, source: 'EMPLOYEE', competencyIds: [12] },
        { employeeId: 4, source: 'MANAGER', competencyIds: [12, 11] },
      ],
      new Set([1, 2, 4]),
    );
    expect(demand).toEqual([
      { competencyId: 11, employees: 2, byManager: true },
      { competencyId: 10, employees: 1, byManager: false },
      { competencyId: 12, employees: 0, byManager: true },
    ]);
  });
});
