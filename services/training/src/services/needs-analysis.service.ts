// Feeds rules/needs-analysis.ts: the catalog trainings developing the unit's gap competencies and the unit's budget
// row for the year (only one the caller's agency keeps), all through loaders.
import { loadAll, parseId } from '@asn/common';
import type { Context } from '../context.js';
import { can } from '../policy.js';
import { analyseNeeds, closedPerRupiah, rankForCompetency } from '../rules/needs-analysis.js';
import type { Training } from '../entities/training.entity.js';
import { offeredAsSession } from '../rules/offered-as-session.js';
import type { TrainingNeeds } from '../types/training-needs.type.js';
import type { UnitCompetencyGap } from '../types/unit-competency-gap.type.js';
import { competencyRef } from '../external/competency.js';
import { surveyDemand, type Demand } from '../rules/needs-survey.js';

/** The year's survey answers of the unit, counted per competency (none when no survey was opened). */
async function loadSurveyDemand(
  { loaders }: Context,
  unitId: number,
  year: number,
  memberIds: number[],
): Promise<Demand[]> {
  const survey = await loaders.needsSurveysByUnitYear.load({ unitId, year });
  if (!survey) return [];
  const responses = await loaders.surveyResponsesBySurveyId.load(survey.id);
  const choices = await loadAll(
    loaders.surveyChoicesByResponseId,
    responses.map((row) => row.id),
  );
  const answers = responses.map((row, index) => ({
    employeeId: row.employeeId,
    source: row.source,
    competencyIds: choices[index]!.map((choice) => choice.competencyId),
  }));
  return surveyDemand(answers, new Set(memberIds));
}

/** Gap closed per million rupiah, two decimals; null when free. */
function perMillion(gapClosed: number, cost: number): number | null {
  const ratio = closedPerRupiah(gapClosed, cost);
  return Number.isFinite(ratio) ? Math.round(ratio * 1_000_000 * 100) / 100 : null;
}

export async function analyseUnitNeeds(
  context: Context,
  unitId: number,
  gapList: UnitCompetencyGap[],
  year: number,
  memberIds: number[],
): Promise<TrainingNeeds> {
  const { loaders, identity } = context;
  const gaps = gapList
    .map((gap) => ({
      competencyId: parseId(gap.competencyId, 'competencyGaps.competencyId'),
      employeesBelow: gap.employeesBelow,
      totalDeficit: gap.totalDeficit,
      shortfalls: gap.shortfalls ?? [],
    }))
    .filter((gap) => gap.totalDeficit > 0);
  const [links, budgetRow, demand] = await Promise.all([
    loadAll(
      loaders.trainingsByCompetencyId,
      gaps.map((gap) => gap.competencyId),
    ),
    loaders.budgetsByUnitYear.load({ unitId, year }),
    loadSurveyDemand(context, unitId, year, memberIds),
  ]);
  const requests = new Map(demand.map((row) => [row.competencyId, row.employees]));
  const trainingIds = [...new Set(links.flat().map((link) => link.trainingId))];
  const [trainings, competencies] = await Promise.all([
    loadAll(loaders.trainingsById, trainingIds),
    loadAll(loaders.competenciesByTrainingId, trainingIds),
  ]);
  // A degree is studied, not bought as seats in a session: it is never a recommendation.
  const byId = new Map(trainings.filter((t): t is Training => t !== null && offeredAsSession(t)).map((t) => [t.id, t]));
  const candidates = trainingIds.flatMap((id, index) => {
    const training = byId.get(id);
    return training
      ? [{ trainingId: id, costPerParticipant: training.costPerParticipant, competencies: competencies[index]! }]
      : [];
  });
  const budget =
    budgetRow && can(identity, 'unit:read', { agencyId: budgetRow.agencyId, unitId }) ? budgetRow.amount : 0;
  const result = analyseNeeds(gaps, candidates, budget);
  return {
    year,
    budget,
    spent: result.spent,
    remainingBudget: result.remainingBudget,
    needs: [...gaps]
      .sort((a, b) => b.totalDeficit - a.totalDeficit || a.competencyId - b.competencyId)
      .map((gap) => ({
        competency: competencyRef(gap.competencyId),
        employeesBelow: gap.employeesBelow,
        totalDeficit: gap.totalDeficit,
        remainingDeficit: result.remainingDeficits.get(gap.competencyId) ?? 0,
        surveyRequests: requests.get(gap.competencyId) ?? 0,
        trainings: rankForCompetency(gap, candidates).map((option, index) => ({
          rank: index + 1,
          training: byId.get(option.trainingId)!,
          participants: option.participants,
          cost: option.cost,
          gapClosed: option.gapClosed,
          gapClosedPerMillion: perMillion(option.gapClosed, option.cost),
        })),
      })),
    surveyDemand: demand.map((row) => ({
      competency: competencyRef(row.competencyId),
      employees: row.employees,
      byManager: row.byManager,
    })),
    recommendations: result.recommendations.map((r, index) => ({
      rank: index + 1,
      training: byId.get(r.trainingId)!,
      participants: r.participants,
      cost: r.cost,
      gapClosed: r.gapClosed,
      gapClosedPerMillion: perMillion(r.gapClosed, r.cost),
      closes: r.closes.map((c) => ({ competency: competencyRef(c.competencyId), levels: c.levels })),
    })),
  };
}
