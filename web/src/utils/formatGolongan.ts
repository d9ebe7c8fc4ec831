// Golongan/ruang as people write it: III_B → "III/b". A PPPK has no golongan (null): a dash.
export function formatGolongan(code: string | null | undefined): string {
  if (!code) return '—';
  const [roman, letter] = code.split('_');
  return roman && letter ? `${roman}/${letter.toLowerCase()}` : code;
}
