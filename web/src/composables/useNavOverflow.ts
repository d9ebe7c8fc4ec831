// "Priority plus" navigation: as many links as fit on the header's one line, in order, and the rest behind a
// "More" menu, so a role with many pages (an administrator's console sections) never wraps the header onto a
// second line. Widths are measured from a hidden copy of the links, so hidden links still have theirs.
import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';

/**
 * How many of the links (their widths in px, in order, each with its gap) fit in `available` px: all when all fit,
 * else as many as fit beside the "More" button of `moreWidth` px.
 */
export function fittingCount(widths: readonly number[], available: number, moreWidth: number): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total <= available) return widths.length;
  let used = moreWidth;
  let count = 0;
  for (const width of widths) {
    if (used + width > available) break;
    used += width;
    count += 1;
  }
  return count;
}

/** Watches the nav's width and the measured links; `visible` is how many links show on the line. */
export function useNavOverflow(
  nav: Ref<HTMLElement | null>,
  measure: Ref<HTMLElement | null>,
  /** Anything that changes the links' widths (their number, the language, the inbox count). */
  itemsKey: () => unknown,
  gapPx = 4,
) {
  const visible = ref(Number.POSITIVE_INFINITY);
  let observer: ResizeObserver | null = null;

  function update() {
    const available = nav.value?.clientWidth ?? 0;
    const children = [...(measure.value?.children ?? [])] as HTMLElement[];
    if (available === 0 || children.length === 0) return;
    // The last measured child is the "More" button; the others are the links.
    const more = children.at(-1)!.offsetWidth + gapPx;
    const widths = children.slice(0, -1).map((child) => child.offsetWidth + gapPx);
    visible.value = fittingCount(widths, available, more);
  }

  onMounted(() => {
    observer = new ResizeObserver(update);
    if (nav.value) observer.observe(nav.value);
    if (measure.value) observer.observe(measure.value);
    update();
  });
  onBeforeUnmount(() => observer?.disconnect());
  // A change of role, language or count changes the links' widths.
  watch(itemsKey, () => requestAnimationFrame(update));

  return { visible, update };
}
