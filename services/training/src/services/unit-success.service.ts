// A unit's success trend (docs/domain.md, "Measuring success"): per year, whose predikat rose after a training and the
// levels gained between the assessments around it (from the histories personnel sends through @requires), the IKM the
// administrator entered, beside spend and JP. Every year and every unit of a request share the same batched loads.
import { loadAll, parseId } from '@asn/common';
import type { Context } from '../context.js';
import type { Unit } from '../external/unit.js';
import { visibleRows } from '../policy.js';
import { earnedJp } from '../rules/jp.js';
import {
  competencyGains,
  ikmCategory,
  jpComplianceShare,
  meanOf,
  percentOf,
  ratingChangeAfterTraining,
  trainedYears,
  type CompletedTraining,
  type LevelFact,
  type RatingFact,
} from '../rules/training-success.js';
import { EnrolmentStatus } from '../types/enrolment-status.enum.js';
import type { UnitSuccessYear } from '../types/unit-success.type.js';
import { unitMemberActivities } from './unit-jp.service.js';
import { unitSpend } from './unit-spend.service.js';

function groupBy<T extends { employeeId: string }, U>(rows: readonly T[], map: (row: T) => U): Map<number, U[]> {
  const groups = new Map<number, U[]>();
  for (const row of rows) {
    const key = Number(row.employeeId);
    groups.set(key, [...(groups.get(key) ?? []), map(row)]);
  }
  return groups;
}

/** Each member's completed catalog trainings with the competencies they develop. */
async function completionsOf(context: Context, memberIds: number[]): Promise<Map<number, CompletedTraining[]>> {
  const { loaders, identity } = context;
  const completed = visibleRows(identity, (await loadAll(loaders.enrolmentsByEmployeeId, memberIds)).flat()).filter(
    (row) => row.status === EnrolmentStatus.COMPLETED && row.completedOn,
  );
  const developed = await loadAll(
    loaders.competenciesByTrainingId,
    completed.map((row) => row.trainingId),
  );
  const byMember = new Map<number, CompletedTraining[]>();
  completed.forEach((row, index) => {
    const training = { completedOn: row.completedOn!, competencyIds: developed[index]!.map((c) => c.competencyId) };
    byMember.set(row.employeeId, [...(byMember.get(row.employeeId) ?? []), training]);
  });
  return byMember;
}

/** Loads every stage for all members at once (rows, then what the rows name), so the figures below read from the
 *  loaders' caches and the statements do not depend on how the database's answers interleave. */
async function preload({ loaders }: Context, unitId: number, memberIds: number[], years: number[]): Promise<void> {
  const [enrolments] = await Promise.all([
    loadAll(loaders.enrolmentsByEmployeeId, memberIds),
    loadAll(loaders.pastTrainingsByEmployeeId, memberIds),
    loadAll(loaders.placementsByEmployeeId, memberIds),
    loadAll(
      loaders.budgetsByUnitYear,
      years.map((year) => ({ unitId, year })),
    ),
    loadAll(
      loaders.satisfactionByUnitYear,
      years.map((year) => ({ unitId, year })),
    ),
  ]);
  const rows = enrolments.flat();
  await Promise.all([
    loadAll(
      loaders.sessionsById,
      rows.map((row) => row.sessionId),
    ),
    loadAll(
      loaders.trainingsById,
      rows.map((row) => row.trainingId),
    ),
    loadAll(
      loaders.competenciesByTrainingId,
      rows.map((row) => row.trainingId),
    ),
  ]);
}

export async function unitSuccessTrend(context: Context, unit: Unit, years: number[]): Promise<UnitSuccessYear[]> {
  const unitId = parseId(unit.id, 'id');
  const memberIds = (unit.memberIds ?? []).map(Number);
  await preload(context, unitId, memberIds, years);
  const [{ members, settings }, { spend }, satisfaction, completions] = await Promise.all([
    unitMemberActivities(context, unit),
    unitSpend(context, unitId, memberIds, years),
    loadAll(
      context.loaders.satisfactionByUnitYear,
      years.map((year) => ({ unitId, year })),
    ),
    completionsOf(context, memberIds),
  ]);
  const ratings = groupBy(unit.memberRatings ?? [], ({ year, predikat }): RatingFact => ({ year, predikat }));
  const levels = groupBy(unit.memberAssessments ?? [], (row): LevelFact => ({
    ...row,
    competencyId: Number(row.competencyId),
  }));
  return years.map((year, index) => {
    const changes = members.map((member) =>
      ratingChangeAfterTraining(ratings.get(member.employeeId) ?? [], trainedYears(member.activities), year),
    );
    const gains = members.flatMap((member) =>
      competencyGains(levels.get(member.employeeId) ?? [], completions.get(member.employeeId) ?? [], year),
    );
    const pns = members.filter((member) => !member.isPppk).map((member) => earnedJp(member.activities, year));
    const pnsAtOrAbove = pns.filter((jp) => jp >= settings.jpTarget).length;
    const rated = changes.filter((change) => change !== null).length;
    const rose = changes.filter((change) => change === 'ROSE').length;
    const score = satisfaction[index]?.score ?? null;
    const trainedMembers = members.filter((member) => trainedYears(member.activities).has(year)).length;
    return {
      year,
      trainedMembers,
      trainedAndRated: rated,
      ratingRose: rose,
      ratingRoseShare: percentOf(rose, rated),
      competencyPairs: gains.length,
      competencyImproved: gains.filter((gain) => gain.after > gain.before).length,
      averageGain: meanOf(gains.map((gain) => gain.after - gain.before)),
      satisfactionIndex: score,
      satisfactionCategory: score === null ? null : ikmCategory(score),
      budget: spend[index]!.budget,
      spend: spend[index]!.committed,
      jpEarned: members.reduce((sum, member) => sum + earnedJp(member.activities, year), 0),
      pnsMembers: pns.length,
      pnsAtOrAbove,
      jpComplianceShare: jpComplianceShare(pnsAtOrAbove, pns.length, trainedMembers),
    };
  });
}
