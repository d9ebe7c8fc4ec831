// The current level of a competency: the latest assessment from the most authoritative source available
// (assessment centre over manager over self); not assessed counts as 0; older than the agency's validity
// (3 years by default) is still current but stale (docs/domain.md, "Assessment and current level").

export type AssessmentSource = 'ASSESSMENT_CENTER' | 'MANAGER' | 'SELF';

const AUTHORITY: Record<AssessmentSource, number> = { ASSESSMENT_CENTER: 3, MANAGER: 2, SELF: 1 };

export interface AssessmentFact {
  id: number;
  competencyId: number;
  level: number;
  source: AssessmentSource;
  assessedOn: string;
}

export interface CurrentLevel<T extends AssessmentFact> {
  competencyId: number;
  level: number;
  assessment: T;
  stale: boolean;
}

/** Whether `a` outranks `b`: source first, then date, then the later record (two on the same day). */
function outranks(a: AssessmentFact, b: AssessmentFact): boolean {
  if (AUTHORITY[a.source] !== AUTHORITY[b.source]) return AUTHORITY[a.source] > AUTHORITY[b.source];
  if (a.assessedOn !== b.assessedOn) return a.assessedOn > b.assessedOn;
  return a.id > b.id;
}

/** An assessment is stale once `validityYears` full years have passed since its date. */
export function isStale(assessedOn: string, today: string, validityYears: number): boolean {
  const expires = `${String(Number(assessedOn.slice(0, 4)) + validityYears).padStart(4, '0')}${assessedOn.slice(4)}`;
  return today >= expires;
}

/** One current level per assessed competency of one employee, ordered by competency id. */
export function currentLevels<T extends AssessmentFact>(
  assessments: readonly T[],
  today: string,
  validityYears: number,
): CurrentLevel<T>[] {
  const best = new Map<number, T>();
  for (const assessment of assessments) {
    const held = best.get(assessment.competencyId);
    if (!held || outranks(assessment, held)) best.set(assessment.competencyId, assessment);
  }
  return [...best.values()]
    .sort((a, b) => a.competencyId - b.competencyId)
    .map((assessment) => ({
      competencyId: assessment.competencyId,
      level: assessment.level,
      assessment,
      stale: isStale(assessment.assessedOn, today, validityYears),
    }));
}

/** The current level of one competency as a number, 0 when not assessed. */
export function levelOf(levels: readonly CurrentLevel<AssessmentFact>[], competencyId: number): number {
  return levels.find((current) => current.competencyId === competencyId)?.level ?? 0;
}
