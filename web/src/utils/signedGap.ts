// A gap (current − required) as people read it: a surplus carries a plus sign, a shortfall its minus.

/** `formatted` is the number already formatted for the locale; `value` decides the sign. */
export function signedGap(formatted: string, value: number): string {
  return value > 0 ? `+${formatted}` : formatted;
}
