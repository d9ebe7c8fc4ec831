// Completed trainings with a passed post-test are dated evidence of the competencies they develop (docs/domain.md,
// "Evaluating training"), each up to the level the training develops it to.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { TrainingEvidence } from '../types/training-evidence.type.js';
import { competencyRef } from '../resolvers/references.js';

export async function collectEvidence({ loaders }: Context, enrolments: Enrolment[]): Promise<TrainingEvidence[]> {
  const completed = enrolments.filter((e) => e.status === EnrolmentStatus.COMPLETED && e.postTestScore !== null);
  const [settings, competencies] = await Promise.all([
    loadAll(
      loaders.jpSettingsByAgencyId,
      completed.map((e) => e.agencyId),
    ),
    loadAll(
      loaders.competenciesByTrainingId,
      completed.map((e) => e.trainingId),
    ),
  ]);
  const evidence = completed.flatMap((enrolment, index) => {
    if (enrolment.postTestScore! < settings[index]!.postTestPassScore) return [];
    return competencies[index]!.map((row) => ({
      competency: competencyRef(row.competencyId),
      level: row.maxLevel,
      date: enrolment.completedOn!,
      enrolment,
    }));
  });
  return evidence.sort((a, b) => b.date.localeCompare(a.date) || b.enrolment.id - a.enrolment.id);
}
