// The SIASN riwayat diklat/kursus export (docs/siasn.md) of one employee or of a unit, fetched when asked and saved
// as the CSV the API writes (the same columns the past-trainings import reads; the NIP grouped, so Excel keeps it as
// text). The two operations are one export read from two places, so they share this composable.
import { useApolloClient } from '@vue/apollo-composable';
import { ref } from 'vue';
import { SiasnKursusEmployeeDocument, SiasnKursusUnitDocument } from '../graphql/generated/graphql';
import { useCsvExport } from './useCsvExport';

export interface SiasnExportTarget {
  kind: 'employee' | 'unit';
  id: string;
}

export function useSiasnKursusExport() {
  const { resolveClient } = useApolloClient();
  const { downloadCsv } = useCsvExport();
  const loading = ref(false);
  const error = ref<unknown>(null);
  /** Records in the last file saved; null before the first. */
  const saved = ref<number | null>(null);

  async function fetchExport(target: SiasnExportTarget, from: string, to: string) {
    const variables = { id: target.id, from, to };
    if (target.kind === 'employee') {
      const { data } = await resolveClient().query({
        query: SiasnKursusEmployeeDocument,
        variables,
        fetchPolicy: 'network-only',
      });
      return data?.employee?.siasnKursus ?? null;
    }
    const { data } = await resolveClient().query({
      query: SiasnKursusUnitDocument,
      variables,
      fetchPolicy: 'network-only',
    });
    return data?.unit?.siasnKursus ?? null;
  }

  async function download(target: SiasnExportTarget, from: string, to: string, title: string) {
    loading.value = true;
    error.value = null;
    saved.value = null;
    try {
      const result = await fetchExport(target, from, to);
      if (!result) return;
      downloadCsv(`${title} ${from} ${to}`, result.csv);
      saved.value = result.records.length;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  return { download, loading, error, saved };
}
