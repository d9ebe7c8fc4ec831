// How far a person is toward the career option they chose as their target (docs/domain.md, "Career paths"): the
// competencies of the target's standard they already meet, and the personnel requirements of the move met today.

export interface CareerTargetProgress {
  /** Competencies of the target's standard whose current level reaches the required one. */
  competenciesMet: number;
  competencyCount: number;
  requirementsMet: number;
  requirementCount: number;
  /** Both complete: every competency and every personnel requirement met. */
  complete: boolean;
}

export function careerTargetProgress(input: {
  /** Competencies of the target's standard. */
  standardSize: number;
  /** The option's gaps: standard competencies below the required level. */
  openGaps: number;
  requirements: readonly { met: boolean }[];
}): CareerTargetProgress {
  const competenciesMet = Math.max(0, input.standardSize - input.openGaps);
  const requirementsMet = input.requirements.filter((requirement) => requirement.met).length;
  return {
    competenciesMet,
    competencyCount: input.standardSize,
    requirementsMet,
    requirementCount: input.requirements.length,
    complete: competenciesMet === input.standardSize && requirementsMet === input.requirements.length,
  };
}
