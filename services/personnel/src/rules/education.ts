// Education levels in order (docs/domain.md, "Education"); D4 and S1 are one step ("≥ S1/D4").

export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const RANK: Record<EducationLevel, number> = { SD: 1, SMP: 2, SMA: 3, D1: 4, D2: 5, D3: 6, D4: 7, S1: 7, S2: 8, S3: 9 };

/** Whether `held` meets the `required` minimum. */
export function meetsEducation(held: EducationLevel, required: EducationLevel): boolean {
  return RANK[held] >= RANK[required];
}
