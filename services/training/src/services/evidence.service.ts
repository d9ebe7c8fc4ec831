// Completed trainings with a passed post-test are dated evidence of the competencies they develop (docs/domain.md,
// "Evaluating training"), each up to the level the training develops it to; so are completed placements.
import { loadAll } from '@asn/common';
import type { Context } from '../context.js';
import type { Enrolment } from '../entities/enrolment.entity.js';
import type { PastTraining } from '../entities/past-training.entity.js';
import type { Placement } from '../entities/placement.entity.js';
import { isEvidence } from '../rules/placement.js';
import { PastTrainingStatus } from '../types/past-training-status.enum.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { TrainingEvidence } from '../types/training-evidence.type.js';
import { competencyRef } from '../external/competency.js';

export async function collectEvidence(
  { loaders }: Context,
  enrolments: Enrolment[],
  pastTrainings: PastTraining[] = [],
  placements: Placement[] = [],
): Promise<TrainingEvidence[]> {
  const completed = enrolments.filter((e) => e.status === EnrolmentStatus.COMPLETED && e.postTestScore !== null);
  // A verified past training of a catalog training is evidence too: an administrator checked its certificate, which
  // stands in for the post-test it did not take here. A free-text one names no competency, so it proves none.
  const past = pastTrainings.filter((row) => row.status === PastTrainingStatus.VERIFIED && row.trainingId !== null);
  // A completed placement proves what it aimed at, up to the target levels, unless its host judged it KURANG.
  const placed = placements.filter((row) => isEvidence(row.status, row.hostAssessment));
  const [settings, competencies, pastCompetencies, placementCompetencies] = await Promise.all([
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
    loadAll(
      loaders.competenciesByPlacementId,
      placed.map((row) => row.id),
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
      placement: null,
    }));
  });
  const pastEvidence = past.flatMap((row, index) =>
    pastCompetencies[index]!.map((line) => ({
      competency: competencyRef(line.competencyId),
      level: line.maxLevel,
      date: row.endDate,
      enrolment: null,
      pastTraining: row,
      placement: null,
    })),
  );
  const placementEvidence = placed.flatMap((row, index) =>
    placementCompetencies[index]!.map((line) => ({
      competency: competencyRef(line.competencyId),
      level: line.targetLevel,
      date: row.endsOn,
      enrolment: null,
      pastTraining: null,
      placement: row,
    })),
  );
  // Ties on a date keep one order: enrolments by id, then past trainings, then placements.
  const idOf = (item: TrainingEvidence) =>
    item.enrolment?.id ?? (item.pastTraining ? -item.pastTraining.id : -1_000_000_000 - (item.placement?.id ?? 0));
  return [...evidence, ...pastEvidence, ...placementEvidence].sort(
    (a, b) => b.date.localeCompare(a.date) || idOf(b) - idOf(a),
  );
}
