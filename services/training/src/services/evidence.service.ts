// Completed trainings with a passed post-test are dated evidence of the competencies they develop (docs/domain.md,
// "Evaluating training"), each up to the level the training develops it to.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { PastTraining } from '../entities/past-training.entity.js';
import { PastTrainingStatus } from '../types/past-training-status.enum.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { TrainingEvidence } from '../types/training-evidence.type.js';
import { competencyRef } from '../external/competency.js';

export async function collectEvidence(
  { loaders }: Context,
  enrolments: Enrolment[],
  pastTrainings: PastTraining[] = [],
): Promise<TrainingEvidence[]> {
  const completed = enrolments.filter((e) => e.status === EnrolmentStatus.COMPLETED && e.postTestScore !== null);
  // A verified past training of a catalog training is evidence too: an administrator checked its certificate, which
  // stands in for the post-test it did not take here. A free-text one names no competency, so it proves none.
  const past = pastTrainings.filter((row) => row.status === PastTrainingStatus.VERIFIED && row.trainingId !== null);
  const [settings, competencies, pastCompetencies] = await Promise.all([
    loadAll(
      loaders.jpSettingsByAgencyId,
      completed.map((e) => e.agencyId),
    ),
    loadAll(
      loaders.competenciesByTrainingId,
      completed.map((e) => e.trainingId),
    ),
    loadAll(
      loaders.competenciesByTrainingId,
      past.map((row) => row.trainingId!),
    ),
  ]);
  const evidence = completed.flatMap((enrolment, index) => {
    if (enrolment.postTestScore! < settings[index]!.postTestPassScore) return [];
    return competencies[index]!.map((row) => ({
      competency: competencyRef(row.competencyId),
      level: row.maxLevel,
      date: enrolment.completedOn!,
      enrolment,
      pastTraining: null,
    }));
  });
  const pastEvidence = past.flatMap((row, index) =>
    pastCompetencies[index]!.map((line) => ({
      competency: competencyRef(line.competencyId),
      level: line.maxLevel,
      date: row.endDate,
      enrolment: null,
      pastTraining: row,
    })),
  );
  const idOf = (item: TrainingEvidence) => item.enrolment?.id ?? -(item.pastTraining?.id ?? 0);
  return [...evidence, ...pastEvidence].sort((a, b) => b.date.localeCompare(a.date) || idOf(b) - idOf(a));
}
