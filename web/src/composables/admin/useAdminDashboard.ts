// The administrator's dashboard figures: the agency's top-level units (each with its sub-units) and the agency as
// a whole, shaped from one request; the JP risk list comes with a second once the agency's root unit is known.
import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import {
  AdminDashboardDocument,
  AdminDashboardJpRiskDocument,
  type AdminDashboardQuery,
  type MappingCategory,
} from '../../graphql/generated/graphql';
import { useSession } from '../useSession';

type ApiUnit = AdminDashboardQuery['units'][number];

export interface DashboardUnit {
  id: string;
  name: string;
  jpm: Record<MappingCategory, number>;
  jp: ApiUnit['jpCompliance'];
  expiringCertificates: number;
  enrolmentsWaiting: number;
  plansWaiting: number;
  /** The budget rows of the unit and every unit under it, as its spend counts its sub-units' people too. */
  budget: number;
  committed: number;
}

function countsOf(shares: ApiUnit['jpmCategoryShares']): Record<MappingCategory, number> {
  const count = (category: MappingCategory) => shares?.find((share) => share.category === category)?.count ?? 0;
  return { OPTIMAL: count('OPTIMAL'), CUKUP_OPTIMAL: count('CUKUP_OPTIMAL'), KURANG_OPTIMAL: count('KURANG_OPTIMAL') };
}

function shape(unit: ApiUnit, units: readonly ApiUnit[]): DashboardUnit {
  const childrenOf = (id: string) => units.filter((each) => each.parent?.id === id);
  const subtree = (root: ApiUnit): ApiUnit[] => [root, ...childrenOf(root.id).flatMap(subtree)];
  return {
    id: unit.id,
    name: unit.name,
    jpm: countsOf(unit.jpmCategoryShares),
    jp: unit.jpCompliance,
    expiringCertificates: unit.expiringCertificates?.length ?? 0,
    enrolmentsWaiting: unit.pendingEnrolments?.length ?? 0,
    plansWaiting: unit.submittedPlans?.length ?? 0,
    budget: subtree(unit).reduce((sum, each) => sum + (each.trainingSpend?.budget ?? 0), 0),
    committed: unit.trainingSpend?.committed ?? 0,
  };
}

export function useAdminDashboard(year: number) {
  const { user } = useSession();
  const agencyId = computed(() => user.value?.agencyId ?? '');
  const dashboard = useQuery(
    AdminDashboardDocument,
    () => ({ agencyId: agencyId.value, year, nextYear: year + 1 }),
    () => ({ enabled: agencyId.value !== '', fetchPolicy: 'cache-and-network' }),
  );
  const units = computed(() => dashboard.result.value?.units ?? []);
  const root = computed(() => units.value.find((unit) => unit.depth === 0) ?? null);
  const risk = useQuery(
    AdminDashboardJpRiskDocument,
    () => ({ unitId: root.value?.id ?? '' }),
    () => ({ enabled: root.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  return {
    agency: computed(() => (root.value ? shape(root.value, units.value) : null)),
    units: computed(() => units.value.filter((unit) => unit.depth === 1).map((unit) => shape(unit, units.value))),
    atRisk: computed(() => risk.result.value?.unit?.jpProjection?.atRisk ?? []),
    loading: computed(() => dashboard.loading.value || risk.loading.value),
    error: computed(() => dashboard.error.value ?? risk.error.value ?? null),
  };
}
