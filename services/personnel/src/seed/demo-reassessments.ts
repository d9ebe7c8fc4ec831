// Re-assessments after a training (docs/domain.md, "Measuring success": competency gains after a training): the same
// assessor rates a competency again a few months after a completed demo enrolment that develops it (training's seed, as
// seeded in 2026: its completions are dated from the seeding year). The gain is measured between the last assessment on
// or before the training's end and this one, so each follows one by the same source. Where the person has an
// assessment-centre result for the competency, a manager or self re-rating leaves the current level as it was. The
// MariaDB demo's assessments are not SQLite's (the seed reads position ids TypeORM rewrote after inserting them,
// differently per driver), so a re-assessment is relative to the one before and left out where there is none.
import type { Assessment } from '../entities/assessment.entity.js';

type NewAssessment = Omit<Assessment, 'id'>;

interface Reassessment {
  employeeId: number;
  competencyId: number;
  source: 'MANAGER' | 'SELF';
  /** Levels above the assessment before. */
  gain: number;
  assessedOn: string;
}

/** Ambon employees away from the ones integration tests work by hand (unit 6, employees 1-5); the demo training
 *  (T-id) each follows, with its end date, and the levels on SQLite, in the comment. */
export const DEMO_REASSESSMENTS: readonly Reassessment[] = [
  // 2025 trainings, rated again by the manager after the new year.
  { employeeId: 69, competencyId: 2, source: 'MANAGER', gain: 1, assessedOn: '2026-01-21' }, // Kerja Sama, T-38 2025-10-21: 1 → 2
  { employeeId: 27, competencyId: 3, source: 'MANAGER', gain: 1, assessedOn: '2026-01-08' }, // Komunikasi, T-27 2025-10-04: 1 → 2
  // 2026 trainings: gains by the manager and by the person, and one level that stayed (the training takes it to 2).
  { employeeId: 45, competencyId: 3, source: 'MANAGER', gain: 1, assessedOn: '2026-10-13' }, // Komunikasi, T-39 2026-07-09: 1 → 2
  { employeeId: 58, competencyId: 4, source: 'MANAGER', gain: 1, assessedOn: '2026-09-24' }, // Orientasi pada Hasil, T-52 2026-06-18: 2 → 3
  { employeeId: 58, competencyId: 6, source: 'MANAGER', gain: 0, assessedOn: '2026-09-24' }, // PDOL, T-52 2026-06-18: 2 → 2
  { employeeId: 56, competencyId: 11, source: 'SELF', gain: 1, assessedOn: '2026-09-10' }, // Pengelolaan Data, T-14 2026-03-14: 1 → 2
];

/** The re-assessment rows, each by the assessor of the person's latest earlier assessment from the same source. */
export function demoReassessments(assessments: readonly NewAssessment[]): NewAssessment[] {
  return DEMO_REASSESSMENTS.flatMap((again) => {
    const earlier = assessments
      .filter(
        (row) =>
          row.employeeId === again.employeeId &&
          row.competencyId === again.competencyId &&
          row.source === again.source &&
          row.assessedOn < again.assessedOn,
      )
      .sort((a, b) => (a.assessedOn < b.assessedOn ? -1 : 1))
      .at(-1);
    if (!earlier) return [];
    return [
      {
        employeeId: again.employeeId,
        competencyId: again.competencyId,
        level: Math.min(5, earlier.level + again.gain),
        source: again.source,
        assessedOn: again.assessedOn,
        assessor: earlier.assessor,
        evidence:
          again.source === 'SELF' ? null : 'Penilaian ulang atasan setelah pelatihan, berdasarkan pengamatan kinerja.',
      },
    ];
  });
}
