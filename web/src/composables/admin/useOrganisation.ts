// The administrator's organisation: the agency's unit tree, positions and career ladder, and the changes to them;
// every change refetches the whole picture so the tree and the graph show what the server kept.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import {
  AdminCreateLadderEdgeDocument,
  AdminCreateUnitDocument,
  AdminMoveUnitDocument,
  AdminOrganisationDocument,
  AdminRemoveLadderEdgeDocument,
  AdminRenameUnitDocument,
  AdminRetirePositionDocument,
  AdminSavePositionDocument,
  type CreateCareerLadderEdgeInput,
  type PositionInput,
} from '../../graphql/generated/graphql';

/** Which form an error belongs to, so each shows only its own. */
export type OrganisationAction = 'unit' | 'position' | 'ladder';

export function useOrganisation(agencyId: MaybeRefOrGetter<string | null>) {
  const query = useQuery(
    AdminOrganisationDocument,
    () => ({ agencyId: toValue(agencyId) ?? '' }),
    () => ({ enabled: !!toValue(agencyId), fetchPolicy: 'cache-and-network' as const }),
  );
  const mutations = {
    createUnit: useMutation(AdminCreateUnitDocument),
    renameUnit: useMutation(AdminRenameUnitDocument),
    moveUnit: useMutation(AdminMoveUnitDocument),
    savePosition: useMutation(AdminSavePositionDocument),
    retirePosition: useMutation(AdminRetirePositionDocument),
    createEdge: useMutation(AdminCreateLadderEdgeDocument),
    removeEdge: useMutation(AdminRemoveLadderEdgeDocument),
  };
  const failed = ref<{ action: OrganisationAction; error: unknown } | null>(null);

  /** Runs one change; true when the server kept it (else the error is in `errorOf(action)`). */
  async function act(action: OrganisationAction, run: () => Promise<unknown>): Promise<boolean> {
    failed.value = null;
    try {
      if (!(await run())) return false;
    } catch (error) {
      failed.value = { action, error };
      return false;
    }
    await query.refetch();
    return true;
  }

  return {
    units: computed(() => query.result.value?.units ?? []),
    positions: computed(() => query.result.value?.positions ?? []),
    edges: computed(() => query.result.value?.careerLadder ?? []),
    loading: query.loading,
    loadError: query.error,
    busy: computed(() => Object.values(mutations).some((mutation) => mutation.loading.value)),
    errorOf: (action: OrganisationAction) => (failed.value?.action === action ? failed.value.error : null),
    createUnit: (parentId: string, name: string) =>
      act('unit', async () => (await mutations.createUnit.mutate({ input: { parentId, name } }))?.data),
    renameUnit: (unitId: string, name: string) =>
      act('unit', async () => (await mutations.renameUnit.mutate({ input: { unitId, name } }))?.data),
    moveUnit: (unitId: string, parentId: string) =>
      act('unit', async () => (await mutations.moveUnit.mutate({ input: { unitId, parentId } }))?.data),
    savePosition: (input: PositionInput) =>
      act('position', async () => (await mutations.savePosition.mutate({ input }))?.data),
    retirePosition: (id: string) =>
      act('position', async () => (await mutations.retirePosition.mutate({ input: { id } }))?.data),
    createEdge: (input: CreateCareerLadderEdgeInput) =>
      act('ladder', async () => (await mutations.createEdge.mutate({ input }))?.data),
    removeEdge: (id: string) => act('ladder', async () => (await mutations.removeEdge.mutate({ input: { id } }))?.data),
  };
}
