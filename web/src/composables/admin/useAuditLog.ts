// The administrator's combined audit log: the filters (who, what, when), the page of the three logs merged by time,
// and paging to older entries and back. A changed filter starts again from the newest.
import { useQuery } from '@vue/apollo-composable';
import { computed, reactive, ref, watch } from 'vue';
import { AdminAuditActorsDocument, AdminAuditLogDocument } from '../../graphql/generated/graphql';
import { mergeAuditLogs, type AuditCursors } from '../../models/auditLog';

export const AUDIT_PAGE_SIZE = 25;
const NEWEST: AuditCursors = { personnel: null, training: null, certification: null };

/** A chosen local date's first or last instant, in UTC as the logs store time. */
const instant = (date: string, end: boolean) =>
  date ? new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}`).toISOString() : null;

export function useAuditLog() {
  const filters = reactive({ actor: '', action: '', entityName: '', from: '', to: '' });
  const cursors = ref<AuditCursors>(NEWEST);
  /** The cursors of the pages before this one, for going back. */
  const previous = ref<AuditCursors[]>([]);
  watch(filters, () => {
    cursors.value = NEWEST;
    previous.value = [];
  });
  const query = useQuery(
    AdminAuditLogDocument,
    () => ({
      first: AUDIT_PAGE_SIZE,
      actor: filters.actor.trim() || null,
      action: filters.action || null,
      entityName: filters.entityName.trim() || null,
      since: instant(filters.from, false),
      until: instant(filters.to, true),
      personnelBefore: cursors.value.personnel,
      trainingBefore: cursors.value.training,
      certificationBefore: cursors.value.certification,
    }),
    { fetchPolicy: 'cache-and-network' },
  );
  const page = computed(() => {
    const data = query.result.value;
    if (!data) return null;
    return mergeAuditLogs(
      {
        personnel: data.personnelAuditLog,
        training: data.trainingAuditLog,
        certification: data.certificationAuditLog,
      },
      cursors.value,
      AUDIT_PAGE_SIZE,
    );
  });

  // The page's actors named in one request; the raw actor stays shown until (or unless) a name is known.
  const actors = computed(() => [...new Set((page.value?.rows ?? []).map((row) => row.actor))].sort());
  const names = useQuery(
    AdminAuditActorsDocument,
    () => ({ actors: actors.value }),
    () => ({ enabled: actors.value.length > 0 }),
  );
  const nameOf = computed(
    () => new Map((names.result.value?.auditActors ?? []).flatMap((row) => (row.name ? [[row.actor, row.name]] : []))),
  );

  return {
    filters,
    page,
    nameOf,
    loading: query.loading,
    error: query.error,
    isFirstPage: computed(() => previous.value.length === 0),
    older() {
      if (!page.value?.hasMore) return;
      previous.value = [...previous.value, cursors.value];
      cursors.value = page.value.next;
    },
    newer() {
      cursors.value = previous.value.at(-1) ?? NEWEST;
      previous.value = previous.value.slice(0, -1);
    },
  };
}
