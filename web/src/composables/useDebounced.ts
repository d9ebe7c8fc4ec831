// A ref that follows another after it has been still for `delayMs` (search as you type without a query per key).
import { ref, watch, type Ref } from 'vue';

export function useDebounced<T>(source: Ref<T>, delayMs = 300): Readonly<Ref<T>> {
  const debounced = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (debounced.value = value), delayMs);
  });
  return debounced;
}
