// The unit a team page shows, kept in the URL (?unit=) so a view can be shared; a manager starts on the unit
// they head.
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useSession } from './useSession';

export function useChosenUnit() {
  const route = useRoute();
  const router = useRouter();
  const { user } = useSession();
  return computed<string | null>({
    get: () => (typeof route.query.unit === 'string' ? route.query.unit : (user.value?.unitIds[0] ?? null)),
    set: (unit) => void router.replace({ query: { ...route.query, unit: unit ?? undefined } }),
  });
}
