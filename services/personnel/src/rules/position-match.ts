// How an employee's current levels stand against a position's competency standard: per required competency the
// required and current level (0 when not assessed) and the gap (current − required, negative is a gap), and the
// Job Person Match over the whole standard by the agency's formula (docs/domain.md, "Gap and readiness").
import type { AssessmentFact, CurrentLevel } from './current-level.js';
import { gapSeverity } from './gap-severity.js';
import { computeJpm, type JpmFormula } from './jpm.js';

export interface StandardLine {
  competencyId: number;
  requiredLevel: number;
}

export interface MatchLine<T extends AssessmentFact> {
  competencyId: number;
  requiredLevel: number;
  currentLevel: number;
  gap: number;
  /** The current level with its source and date; null when not assessed. */
  current: CurrentLevel<T> | null;
}

export interface PositionMatch<T extends AssessmentFact> {
  lines: MatchLine<T>[];
  jpm: number;
}

export function matchPosition<T extends AssessmentFact>(
  standard: readonly StandardLine[],
  levels: readonly CurrentLevel<T>[],
  formula: JpmFormula,
): PositionMatch<T> {
  const byCompetency = new Map<number, CurrentLevel<T>>();
  for (const level of levels) byCompetency.set(level.competencyId, level);
  const lines = standard.map((line) => {
    const current = byCompetency.get(line.competencyId) ?? null;
    const currentLevel = current?.level ?? 0;
    return {
      competencyId: line.competencyId,
      requiredLevel: line.requiredLevel,
      currentLevel,
      gap: currentLevel - line.requiredLevel,
      current,
    };
  });
  return { lines, jpm: computeJpm(lines, formula) };
}

/** The lines below standard, as the API's CompetencyGap shows them (ids as strings). */
export function gapsBelowStandard<T extends AssessmentFact>(lines: readonly MatchLine<T>[]) {
  return lines
    .filter((line) => line.gap < 0)
    .map(({ competencyId, requiredLevel, currentLevel, gap }) => ({
      competencyId: String(competencyId),
      requiredLevel,
      currentLevel,
      gap,
    }));
}

/** Every line with its severity, as the API's TeamMatrixCell shows them (ids as strings, the assessment flattened). */
export function levelsAgainstStandard<T extends AssessmentFact>(lines: readonly MatchLine<T>[]) {
  return lines.map(({ competencyId, requiredLevel, currentLevel, gap, current }) => ({
    competencyId: String(competencyId),
    requiredLevel,
    currentLevel,
    gap,
    severity: gapSeverity(gap),
    source: current?.assessment.source ?? null,
    assessedOn: current?.assessment.assessedOn ?? null,
    stale: current?.stale ?? false,
  }));
}
