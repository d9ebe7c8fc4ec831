// Golongan/ruang as people write it: III_B → "III/b".
export function formatGolongan(code: string): string {
  const [roman, letter] = code.split('_');
  return roman && letter ? `${roman}/${letter.toLowerCase()}` : code;
}
