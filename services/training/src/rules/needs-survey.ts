// The yearly training-needs survey of a unit (docs/domain.md, "Needs surveys"): opened by the unit's head or an
// administrator with a close date in the year; each member proposes up to MAX_SURVEY_COMPETENCIES competencies and
// the forms they want, the head adds theirs; the needs analysis counts, per competency, the members who asked for
// it beside the gaps. Pure verdicts; the service throws them.

/** Competencies one answer may propose: a handful, so the count still says what matters most. */
export const MAX_SURVEY_COMPETENCIES = 5;
export const RESPONSE_SOURCES = ['EMPLOYEE', 'MANAGER'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

export type SurveyReason = 'YEAR_INVALID' | 'SURVEY_CLOSE_DATE' | 'SURVEY_EMPTY' | 'COMPETENCY_TWICE' | 'FORM_TWICE';
export type Verdict = { field: string; reason: SurveyReason } | null;

/** A survey is for this year or the next (planning the next budget), and closes between today and its year's end. */
export function checkOpening(year: number, closesOn: string, today: string): Verdict {
  const thisYear = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < thisYear || year > thisYear + 1)
    return { field: 'input.year', reason: 'YEAR_INVALID' };
  if (closesOn < today || closesOn > `${year}-12-31`) return { field: 'input.closesOn', reason: 'SURVEY_CLOSE_DATE' };
  return null;
}

/** Answers are taken up to and including the close date. */
export function isSurveyOpen(closesOn: string, today: string): boolean {
  return today <= closesOn;
}

export function checkAnswer(competencyIds: number[], forms: string[]): Verdict {
  if (competencyIds.length === 0 || competencyIds.length > MAX_SURVEY_COMPETENCIES) {
    return { field: 'input.competencyIds', reason: 'SURVEY_EMPTY' };
  }
  if (new Set(competencyIds).size !== competencyIds.length)
    return { field: 'input.competencyIds', reason: 'COMPETENCY_TWICE' };
  if (new Set(forms).size !== forms.length) return { field: 'input.forms', reason: 'FORM_TWICE' };
  return null;
}

export interface Answer {
  employeeId: number;
  source: ResponseSource;
  competencyIds: number[];
}

export interface Demand {
  competencyId: number;
  /** Members of the unit who proposed it. */
  employees: number;
  /** Whether the head added it. */
  byManager: boolean;
}

/** Demand per competency, most asked first: members' answers count only while they are members (one who moved
 *  out no longer speaks for the unit); the head's additions count once, as theirs. */
export function surveyDemand(answers: Answer[], memberIds: ReadonlySet<number>): Demand[] {
  const byCompetency = new Map<number, Demand>();
  for (const answer of answers) {
    const isMember = answer.source === 'EMPLOYEE' && memberIds.has(answer.employeeId);
    if (!isMember && answer.source !== 'MANAGER') continue;
    for (const competencyId of answer.competencyIds) {
      const demand = byCompetency.get(competencyId) ?? { competencyId, employees: 0, byManager: false };
      if (isMember) demand.employees += 1;
      else demand.byManager = true;
      byCompetency.set(competencyId, demand);
    }
  }
  return [...byCompetency.values()].sort(
    (a, b) => b.employees - a.employees || Number(b.byManager) - Number(a.byManager) || a.competencyId - b.competencyId,
  );
}
