// Mentors suggested for a competency gap (docs/domain.md, "Mentorship"): colleagues of the same agency whose current
// level meets or exceeds the target (assessed, not stale), more senior than the mentee, with a free mentee slot
// under the agency's limit; ranked by level, then proximity in the unit tree, then free slots, then seniority.
import { isMoreSenior, type Seniority } from './mentorship.js';

export interface MentorCandidate extends Seniority {
  employeeId: number;
  name: string;
  /** Current level of the competency; 0 when not assessed. */
  level: number;
  stale: boolean;
  unitPath: string;
  activeMentees: number;
}

export interface MentorSuggestionFacts {
  employeeId: number;
  level: number;
  unitDistance: number;
  activeMentees: number;
  freeSlots: number;
}

/** Steps between two units through their closest common ancestor; paths are `/`-separated ids ending in `/`. */
export function unitDistance(fromPath: string, toPath: string): number {
  const from = fromPath.split('/').filter(Boolean);
  const to = toPath.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common += 1;
  return from.length - common + (to.length - common);
}

export function rankMentors(
  mentee: Seniority & { employeeId: number; unitPath: string },
  targetLevel: number,
  menteeLimit: number,
  candidates: readonly MentorCandidate[],
): MentorSuggestionFacts[] {
  return candidates
    .filter(
      (candidate) =>
        candidate.employeeId !== mentee.employeeId &&
        candidate.level > 0 &&
        !candidate.stale &&
        candidate.level >= targetLevel &&
        candidate.activeMentees < menteeLimit &&
        isMoreSenior(candidate, mentee),
    )
    .map((candidate) => ({
      candidate,
      facts: {
        employeeId: candidate.employeeId,
        level: candidate.level,
        unitDistance: unitDistance(mentee.unitPath, candidate.unitPath),
        activeMentees: candidate.activeMentees,
        freeSlots: menteeLimit - candidate.activeMentees,
      },
    }))
    .sort(
      (a, b) =>
        b.facts.level - a.facts.level ||
        a.facts.unitDistance - b.facts.unitDistance ||
        b.facts.freeSlots - a.facts.freeSlots ||
        b.candidate.golonganRank - a.candidate.golonganRank ||
        b.candidate.positionLevel - a.candidate.positionLevel ||
        a.candidate.name.localeCompare(b.candidate.name) ||
        a.candidate.employeeId - b.candidate.employeeId,
    )
    .map(({ facts }) => facts);
}

/** The level a mentor must hold: the mentee's required level, or one above their own where the standard is silent. */
export function mentoringTarget(requiredLevel: number | undefined, menteeLevel: number): number {
  return requiredLevel ?? Math.min(5, menteeLevel + 1);
}

export interface LevelFact {
  competencyId: number;
  level: number;
  stale: boolean;
}

/** Focus competencies whose mentor's usable level (assessed, not stale; else 0) is below the mentee's target. */
export function mentorLevelShortfalls(
  focusIds: readonly number[],
  standard: readonly { competencyId: number; requiredLevel: number }[],
  mentorLevels: readonly LevelFact[],
  menteeLevels: readonly LevelFact[],
): { competencyId: number; mentorLevel: number; targetLevel: number }[] {
  const usable = (levels: readonly LevelFact[], competencyId: number) => {
    const current = levels.find((level) => level.competencyId === competencyId);
    return current && !current.stale ? current.level : 0;
  };
  return focusIds.flatMap((competencyId) => {
    const required = standard.find((line) => line.competencyId === competencyId)?.requiredLevel;
    const menteeLevel = menteeLevels.find((level) => level.competencyId === competencyId)?.level ?? 0;
    const targetLevel = mentoringTarget(required, menteeLevel);
    const mentorLevel = usable(mentorLevels, competencyId);
    return mentorLevel < targetLevel ? [{ competencyId, mentorLevel, targetLevel }] : [];
  });
}
