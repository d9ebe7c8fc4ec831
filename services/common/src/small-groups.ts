// Figures over people shown to a caller who may not read those people's personal data (an API key without
// pii:read): a figure is shown only when at least MIN_GROUP_SIZE people stand behind it, and only when no figure over
// a nested group the caller can also ask for (a sub-unit, one session of a training) differs from it by fewer people,
// since subtracting one from the other would single those few out.

export const MIN_GROUP_SIZE = 5;

/** Whether a figure over `count` people may be shown, given the counts behind the figures over its nested groups. */
export function releasable(count: number, nestedCounts: readonly number[] = []): boolean {
  if (count < MIN_GROUP_SIZE) return false;
  return nestedCounts.every((nested) => nested === count || count - nested >= MIN_GROUP_SIZE);
}
