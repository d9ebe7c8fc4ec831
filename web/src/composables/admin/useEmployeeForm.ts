// The administrator's employee form: loads the record (always from the server, so the version is current), saves
// a new employee or only the changed fields of an existing one, and on an optimistic-lock CONFLICT reloads the
// newest record and re-applies this administrator's changes on top for them to check and save again.
import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import {
  AdminEmployeeDocument,
  CreateEmployeeDocument,
  UpdateEmployeeDocument,
  type AdminEmployeeRecordFragment,
  type CreateEmployeeInput,
  type UpdateEmployeeInput,
} from '../../graphql/generated/graphql';
import {
  changedFields,
  EMPTY_EMPLOYEE,
  reapply,
  valuesOf,
  type EmployeeField,
  type EmployeeFormValues,
} from '../../models/employeeForm';
import { describeApiError } from '../../utils/describeApiError';

function createInput(values: EmployeeFormValues): CreateEmployeeInput {
  return {
    nip: values.nip,
    name: values.name,
    employeeType: values.employeeType,
    golongan: values.golongan!,
    education: values.education!,
    unitId: values.unitId!,
    positionId: values.positionId!,
    positionSince: values.positionSince,
    ...(values.performancePredikat && { performancePredikat: values.performancePredikat }),
    ...(values.potentialScore !== null && { potentialScore: values.potentialScore }),
  };
}

function updateInput(id: string, version: number, from: EmployeeFormValues, to: EmployeeFormValues) {
  const input: UpdateEmployeeInput = { id, version };
  for (const field of changedFields(from, to)) Object.assign(input, { [field]: to[field] });
  return input;
}

export function useEmployeeForm(id: MaybeRefOrGetter<string | undefined>) {
  const { resolveClient } = useApolloClient();
  const record = ref<AdminEmployeeRecordFragment | null>(null);
  const startedFrom = ref<EmployeeFormValues>({ ...EMPTY_EMPLOYEE });
  const form = ref<EmployeeFormValues>({ ...EMPTY_EMPLOYEE });
  const loadError = ref<unknown>(null);
  const loading = ref(false);
  const isConflict = ref(false);
  /** What the other person changed, shown after a reload. */
  const theirChanges = ref<EmployeeField[]>([]);
  const create = useMutation(CreateEmployeeDocument);
  const update = useMutation(UpdateEmployeeDocument);

  async function fetchRecord(employeeId: string): Promise<AdminEmployeeRecordFragment | null> {
    loading.value = true;
    try {
      const { data } = await resolveClient().query({
        query: AdminEmployeeDocument,
        variables: { id: employeeId },
        fetchPolicy: 'network-only',
      });
      loadError.value = null;
      return data.employee ?? null;
    } catch (error) {
      loadError.value = error;
      return null;
    } finally {
      loading.value = false;
    }
  }

  function adopt(latest: AdminEmployeeRecordFragment, values: EmployeeFormValues) {
    record.value = latest;
    startedFrom.value = valuesOf(latest);
    form.value = values;
  }

  watch(
    () => toValue(id),
    async (employeeId) => {
      isConflict.value = false;
      theirChanges.value = [];
      if (!employeeId) {
        record.value = null;
        startedFrom.value = { ...EMPTY_EMPLOYEE };
        form.value = { ...EMPTY_EMPLOYEE };
        return;
      }
      const latest = await fetchRecord(employeeId);
      if (latest) adopt(latest, valuesOf(latest));
    },
    { immediate: true },
  );

  const saveError = computed(() => create.error.value ?? update.error.value);
  const saving = computed(() => create.loading.value || update.loading.value);

  /** Saves; the saved record, or null when refused (a conflict sets `isConflict`, others land in `saveError`). */
  async function save(): Promise<AdminEmployeeRecordFragment | null> {
    const current = record.value;
    if (!current) {
      const result = await create.mutate({ input: createInput(form.value) }).catch(() => null);
      return result?.data?.createEmployee ?? null;
    }
    const input = updateInput(current.id, current.version, startedFrom.value, form.value);
    const result = await update.mutate({ input }).catch((error: unknown) => {
      isConflict.value = describeApiError(error).some((problem) => problem.code === 'CONFLICT');
      return null;
    });
    const saved = result?.data?.updateEmployee ?? null;
    if (saved) adopt(saved, valuesOf(saved));
    return saved;
  }

  /** Loads the newest record and re-applies this administrator's unsaved edits; the fields someone else changed. */
  async function refresh(): Promise<EmployeeField[]> {
    const current = record.value;
    if (!current) return [];
    const latest = await fetchRecord(current.id);
    if (!latest) return [];
    const latestValues = valuesOf(latest);
    const changed = changedFields(startedFrom.value, latestValues);
    adopt(latest, reapply(latestValues, startedFrom.value, form.value));
    isConflict.value = false;
    return changed;
  }

  async function reloadAndReapply(): Promise<void> {
    theirChanges.value = await refresh();
  }

  return {
    record,
    form,
    loading,
    loadError,
    saving,
    saveError,
    isConflict,
    theirChanges,
    save,
    refresh,
    reloadAndReapply,
  };
}
