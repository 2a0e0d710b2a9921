/**
 * Rupiah as the form shows and reads it: `8.500.000` while typing, `Rp 8.500.000` when shown.
 * Whole rupiah only (salaries are never in sen), so typing keeps the digits and regroups them.
 */
const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const digitGroups = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** `8500000` → `Rp 8.500.000` in both languages: that is how it reads on a payslip. */
export function formatRupiah(amount: number): string {
  return rupiahFormat.format(amount);
}

/** What the user typed, as the field shows it: `8500000` or `8.500.000` → `8.500.000`. */
export function groupRupiahDigits(typed: string): string {
  const digits = typed.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return digits === '' ? '' : digitGroups.format(Number(digits));
}

/** The field's text as whole rupiah; empty stays empty (the server names the missing field). */
export function readRupiah(shown: string): number | undefined {
  const digits = shown.replace(/\D/g, '');
  return digits === '' ? undefined : Number(digits);
}
