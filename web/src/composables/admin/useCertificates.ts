// The administrator's certificates: the list under a chosen filter (the expiring window by default) and the five
// actions on a certificate (reminding the holder included), each refetching the list so statuses and renewals show as the server computes them.
import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import {
  AdminCertificatesDocument,
  AdminRemindCertificateHolderDocument,
  RecordCertificateDocument,
  RenewCertificateDocument,
  RevokeCertificateDocument,
  VerifyCertificateDocument,
  type CertificateFilter,
  type RecordCertificateInput,
  type RenewCertificateInput,
  type RevokeCertificateInput,
} from '../../graphql/generated/graphql';
import { useUrlParam } from '../useUrlParam';

export const CERTIFICATE_VIEWS = ['EXPIRING_90', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'REVOKED', 'ALL'] as const;
export type CertificateView = (typeof CERTIFICATE_VIEWS)[number];

function filterOf(view: CertificateView): CertificateFilter | null {
  if (view === 'ALL') return null;
  if (view === 'EXPIRING_90') return { expiringWithinDays: 90 };
  return { status: view };
}

const isView = (value: string): value is CertificateView => (CERTIFICATE_VIEWS as readonly string[]).includes(value);

export function useCertificates() {
  // In the URL (?view=), so the dashboard's figures can link to the list behind them.
  const view = useUrlParam<CertificateView>('view', 'EXPIRING_90', isView);
  const query = useQuery(AdminCertificatesDocument, () => ({ filter: filterOf(view.value) }), {
    fetchPolicy: 'cache-and-network',
  });
  const record = useMutation(RecordCertificateDocument);
  const verify = useMutation(VerifyCertificateDocument);
  const renew = useMutation(RenewCertificateDocument);
  const revoke = useMutation(RevokeCertificateDocument);
  const remind = useMutation(AdminRemindCertificateHolderDocument);
  const mutations = [record, verify, renew, revoke, remind];

  /** Runs one action; its certificate, or null when refused (the error is in `actionError`). */
  async function act<T>(run: () => Promise<T | null | undefined>): Promise<T | null> {
    const result = (await run().catch(() => null)) ?? null;
    if (result) await query.refetch();
    return result;
  }

  return {
    view,
    certificates: computed(() => query.result.value?.certificates.edges.map((edge) => edge.node) ?? []),
    totalCount: computed(() => query.result.value?.certificates.totalCount ?? 0),
    schemes: computed(() => query.result.value?.schemes.edges.map((edge) => edge.node) ?? []),
    loadError: query.error,
    busy: computed(() => mutations.some((mutation) => mutation.loading.value)),
    actionError: computed(() => mutations.map((mutation) => mutation.error.value).find(Boolean) ?? null),
    recordCertificate: (input: RecordCertificateInput) =>
      act(async () => (await record.mutate({ input }))?.data?.recordCertificate),
    verifyCertificate: (certificateId: string) =>
      act(async () => (await verify.mutate({ input: { certificateId } }))?.data?.verifyCertificate),
    renewCertificate: (input: RenewCertificateInput) =>
      act(async () => (await renew.mutate({ input }))?.data?.renewCertificate),
    revokeCertificate: (input: RevokeCertificateInput) =>
      act(async () => (await revoke.mutate({ input }))?.data?.revokeCertificate),
    remindHolder: (certificateId: string) =>
      act(async () => (await remind.mutate({ input: { certificateId } }))?.data?.remindCertificateHolder),
  };
}
