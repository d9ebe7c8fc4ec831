// Shows a NIP grouped 8-6-1-3 (birth date, appointment month, gender digit, sequence), as docs/domain.md prescribes.
export function formatNip(nip: string): string {
  const digits = nip.replace(/[\s.-]/g, '');
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
