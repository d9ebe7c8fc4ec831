// The agency settings form: one draft over what three subgraphs keep (personnel's agency settings, training's JP,
// evaluation and partnership settings, certification's expiring window), saved in that order and stopping at the first refusal, so the error
// shown is the one the administrator has to fix and nothing after it has been written.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import {
  AdminAgencySettingsDocument,
  AdminSetExpiringWindowDocument,
  AdminSetJpSettingsDocument,
  AdminUpdateAgencySettingsDocument,
  type JpmFormula,
} from '../../graphql/generated/graphql';

export interface AgencySettingsDraft {
  timeZone: string;
  jpmFormula: JpmFormula;
  assessmentValidityYears: number;
  potentialMenengahFrom: number;
  potentialTinggiFrom: number;
  mentorMenteeLimit: number;
  retirementHorizonYears: number;
  jpTarget: number;
  pppkJpCap: number;
  postTestPassScore: number;
  applicationRatingAfterMonths: number;
  reassessmentProposalMonths: number;
  partnershipLapsingDays: number;
  partnershipUnusedMonths: number;
  expiringWithinDays: number;
}

export function useAgencySettings(agencyId: MaybeRefOrGetter<string | null>) {
  const query = useQuery(
    AdminAgencySettingsDocument,
    () => ({ agencyId: toValue(agencyId) ?? '' }),
    () => ({ enabled: !!toValue(agencyId), fetchPolicy: 'network-only' as const }),
  );
  const agency = computed(() => query.result.value?.agency ?? null);
  const draft = reactive<AgencySettingsDraft>({
    timeZone: 'Asia/Jakarta',
    jpmFormula: 'BKN',
    assessmentValidityYears: 3,
    potentialMenengahFrom: 60,
    potentialTinggiFrom: 80,
    mentorMenteeLimit: 3,
    retirementHorizonYears: 2,
    jpTarget: 20,
    pppkJpCap: 24,
    postTestPassScore: 70,
    applicationRatingAfterMonths: 3,
    reassessmentProposalMonths: 12,
    partnershipLapsingDays: 90,
    partnershipUnusedMonths: 6,
    expiringWithinDays: 90,
  });
  watch(
    agency,
    (kept) => {
      if (!kept) return;
      const { jpSettings, expiringWithinDays, timeZone, jpmFormula, mentorMenteeLimit } = kept;
      Object.assign(draft, { timeZone, jpmFormula, mentorMenteeLimit, expiringWithinDays });
      Object.assign(draft, {
        assessmentValidityYears: kept.assessmentValidityYears,
        potentialMenengahFrom: kept.potentialMenengahFrom,
        potentialTinggiFrom: kept.potentialTinggiFrom,
        retirementHorizonYears: kept.retirementHorizonYears,
        jpTarget: jpSettings.jpTarget,
        pppkJpCap: jpSettings.pppkJpCap,
        postTestPassScore: jpSettings.postTestPassScore,
        applicationRatingAfterMonths: jpSettings.applicationRatingAfterMonths,
        reassessmentProposalMonths: jpSettings.reassessmentProposalMonths,
        partnershipLapsingDays: jpSettings.partnershipLapsingDays,
        partnershipUnusedMonths: jpSettings.partnershipUnusedMonths,
      });
    },
    { immediate: true },
  );
  const updateAgency = useMutation(AdminUpdateAgencySettingsDocument);
  const setJp = useMutation(AdminSetJpSettingsDocument);
  const setWindow = useMutation(AdminSetExpiringWindowDocument);
  const saveError = ref<unknown>(null);

  /** Saves the draft; true when all three parts were kept. */
  async function save(): Promise<boolean> {
    saveError.value = null;
    const steps = [
      () =>
        updateAgency.mutate({
          input: {
            timeZone: draft.timeZone,
            jpmFormula: draft.jpmFormula,
            assessmentValidityYears: draft.assessmentValidityYears,
            potentialMenengahFrom: draft.potentialMenengahFrom,
            potentialTinggiFrom: draft.potentialTinggiFrom,
            mentorMenteeLimit: draft.mentorMenteeLimit,
            retirementHorizonYears: draft.retirementHorizonYears,
          },
        }),
      () =>
        setJp.mutate({
          input: {
            jpTarget: draft.jpTarget,
            pppkJpCap: draft.pppkJpCap,
            postTestPassScore: draft.postTestPassScore,
            applicationRatingAfterMonths: draft.applicationRatingAfterMonths,
            reassessmentProposalMonths: draft.reassessmentProposalMonths,
            partnershipLapsingDays: draft.partnershipLapsingDays,
            partnershipUnusedMonths: draft.partnershipUnusedMonths,
          },
        }),
      () => setWindow.mutate({ input: { days: draft.expiringWithinDays } }),
    ];
    try {
      for (const step of steps) await step();
    } catch (error) {
      // The draft stays as typed (no refetch), so the administrator corrects the refused field and saves again.
      saveError.value = error;
      return false;
    }
    await query.refetch();
    return true;
  }

  return {
    agency,
    draft,
    loading: query.loading,
    loadError: query.error,
    busy: computed(() => updateAgency.loading.value || setJp.loading.value || setWindow.loading.value),
    saveError,
    save,
  };
}
