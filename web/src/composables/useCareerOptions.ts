// An employee's career options, ranked, shaped for the planner: personnel's requirements with the leadership
// training (training subgraph) and the required certificates (certification subgraph) beside them, the trainings
// that close the gaps, and the estimate.
import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { CareerOptionsDocument, type CareerOptionsQuery } from '../graphql/generated/graphql';
import { latestDate, type CareerOptionView, type OptionRequirement } from '../models/careerOption';

type ApiOption = NonNullable<NonNullable<CareerOptionsQuery['employee']>['careerOptions']>[number];

function requirementsOf(option: ApiOption): OptionRequirement[] {
  const personnel = option.requirements.map(({ kind, met, required, actual, metOn }) => ({
    kind,
    isMet: met,
    required,
    actual,
    metOn: metOn ?? null,
  }));
  const code = option.trainingPlan?.leadershipTrainingCode;
  if (!code || !option.trainingPlan) return personnel;
  return [
    ...personnel,
    {
      kind: 'LEADERSHIP_TRAINING',
      isMet: option.trainingPlan.leadershipMet,
      required: code,
      actual: null,
      metOn: null,
    },
  ];
}

export function toCareerOption(option: ApiOption): CareerOptionView {
  const plan = option.trainingPlan;
  return {
    positionId: option.positionId,
    positionName: option.position.name,
    unitName: option.position.unit.name,
    kind: option.kind,
    path: option.path.map((position) => position.name),
    rank: option.rank,
    jpm: option.jpm,
    selectionCategory: option.jpmCategory,
    gaps: option.gaps
      .filter((gap) => gap.gap < 0)
      .map(({ competencyId, competency, requiredLevel, currentLevel, gap }) => ({
        competencyId,
        name: competency.name,
        requiredLevel,
        currentLevel,
        gap,
        schemes: (competency.certifyingSchemes ?? []).map((scheme) => scheme.name),
      })),
    requirements: requirementsOf(option),
    trainings: (plan?.steps ?? []).map(({ training, competency, nextSession }) => ({
      trainingId: training.id,
      sessionId: nextSession?.id ?? null,
      title: training.title,
      competencyName: competency?.name ?? null,
      jp: training.jp,
      cost: training.costPerParticipant,
      nextSessionStart: nextSession?.startDate ?? null,
      nextSessionEnd: nextSession?.endDate ?? null,
    })),
    uncovered: (plan?.uncovered ?? []).map((competency) => competency.name),
    schemes: (option.certification?.requirements ?? []).map(({ met, scheme }) => ({
      id: scheme.id,
      name: scheme.name,
      isMet: met,
    })),
    totalJp: plan?.totalJp ?? null,
    totalCost: plan?.totalCost ?? null,
    earliestEligibleDate: plan ? latestDate(option.eligibleOn ?? null, plan.earliestEligibleDate ?? null) : null,
  };
}

export function useCareerOptions(employeeId: MaybeRefOrGetter<string | null>) {
  const { result, loading, error } = useQuery(
    CareerOptionsDocument,
    () => ({ employeeId: toValue(employeeId) ?? '' }),
    () => ({ enabled: toValue(employeeId) !== null }),
  );
  const employee = computed(() => result.value?.employee ?? null);
  const options = computed(() =>
    (employee.value?.careerOptions ?? []).map(toCareerOption).sort((a, b) => a.rank - b.rank),
  );
  /** Why there are no options (no ladder move, closed to a PPPK, past retirement); null while there are some. */
  const emptyReason = computed(() => employee.value?.careerPlanEmptyReason ?? null);
  return { employee, options, emptyReason, loading, error };
}
