// Mentorship (docs/domain.md, "Mentorship"): a mentor is more senior than the mentee (a higher golongan or a higher
// position level); a mentorship keeps a log of meetings and notes and ends with an outcome.

export const MENTORSHIP_OUTCOMES = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'] as const;
export type MentorshipOutcomeValue = (typeof MENTORSHIP_OUTCOMES)[number];

export const MENTORSHIP_LOG_KINDS = ['MEETING', 'NOTE'] as const;
export type MentorshipLogKindValue = (typeof MENTORSHIP_LOG_KINDS)[number];

export interface Seniority {
  golonganRank: number;
  /** rules/position-level.ts; 0 without a position. */
  positionLevel: number;
}

/** Whether `mentor` is more senior than `mentee`: a higher golongan, or a higher position level. */
export function isMoreSenior(mentor: Seniority, mentee: Seniority): boolean {
  return mentor.golonganRank > mentee.golonganRank || mentor.positionLevel > mentee.positionLevel;
}

/** Whether a mentorship runs on `today` (YYYY-MM-DD). */
export function isRunningOn(mentorship: { startsOn: string; endsOn: string | null }, today: string): boolean {
  return mentorship.startsOn <= today && (mentorship.endsOn === null || mentorship.endsOn >= today);
}
