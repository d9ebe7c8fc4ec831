// PPPK grades I-XVII (Perpres 98/2020): a PPPK's rank is a grade, written in Roman numerals, not a PNS golongan.
const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

export function pppkGradeLabel(grade: number): string {
  const label = ROMAN[grade - 1];
  if (!label) throw new RangeError(`no PPPK grade ${grade}`);
  return label;
}
