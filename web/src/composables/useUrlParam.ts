// One page filter kept in the URL's query (?key=value), so a view survives reload and can be shared; the default
// value is left out of the URL.
import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';

export function useUrlParam<T extends string>(
  key: string,
  fallback: T,
  accept: (value: string) => value is T = (value): value is T => value !== '',
): WritableComputedRef<T> {
  const route = useRoute();
  const router = useRouter();
  const read = (): T => {
    const value = route.query[key];
    return typeof value === 'string' && accept(value) ? value : fallback;
  };
  return computed<T>({
    get: read,
    // An unchanged value writes nothing: a needless replace() would cancel a navigation under way (a link just
    // clicked while the page's data arrives).
    set: (value) => {
      if (value === read()) return;
      void router.replace({ query: { ...route.query, [key]: value === fallback ? undefined : value } });
    },
  });
}
