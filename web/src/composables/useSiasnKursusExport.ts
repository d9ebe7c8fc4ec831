// The SIASN exports (docs/siasn.md) of one employee or of a unit, fetched when asked and saved as the CSV the API
// writes (the NIP grouped, so Excel keeps it as text): riwayat diklat/kursus from training (the columns the
// past-trainings import reads) and riwayat sertifikasi from certification. The four operations are two exports read
// from two places each, so they share this composable.
import { useApolloClient } from '@vue/apollo-composable';
import { ref } from 'vue';
import {
  SiasnKursusEmployeeDocument,
  SiasnKursusUnitDocument,
  SiasnSertifikasiEmployeeDocument,
  SiasnSertifikasiUnitDocument,
} from '../graphql/generated/graphql';
import { useCsvExport } from './useCsvExport';

export type SiasnRecordKind = 'kursus' | 'sertifikasi';

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

  async function fetchSertifikasi(target: SiasnExportTarget, from: string, to: string) {
    const variables = { id: target.id, from, to };
    const fetchPolicy = 'network-only' as const;
    if (target.kind === 'employee') {
      const { data } = await resolveClient().query({ query: SiasnSertifikasiEmployeeDocument, variables, fetchPolicy });
      return data?.employee?.siasnSertifikasi ?? null;
    }
    const { data } = await resolveClient().query({ query: SiasnSertifikasiUnitDocument, variables, fetchPolicy });
    return data?.unit?.siasnSertifikasi ?? null;
  }

  async function fetchKursus(target: SiasnExportTarget, from: string, to: string) {
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

  async function download(record: SiasnRecordKind, target: SiasnExportTarget, from: string, to: string, title: string) {
    loading.value = true;
    error.value = null;
    saved.value = null;
    try {
      const result = await (record === 'kursus' ? fetchKursus : fetchSertifikasi)(target, from, to);
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
