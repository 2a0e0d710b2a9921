import { formatRupiah, formatRupiahDigits } from '../../../domain/money';
import { provinceNames, provinces, type Province } from '../../../domain/province';

/**
 * Rupiah as the form shows and reads it: `8.500.000` while typing, `Rp 8.500.000` when shown
 * (the domain's money formatting). Whole rupiah only, so typing keeps the digits and regroups them.
 */
export { formatRupiah };

/** What the user typed, as the field shows it: `8500000` or `8.500.000` → `8.500.000`. */
export function groupRupiahDigits(typed: string): string {
  const digits = typed.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  return digits === '' ? '' : formatRupiahDigits(Number(digits));
}

/** Where a minimum wage applies, in words: the city (UMK) or the province's name (UMP). */
export function regionName(wage: { city?: string | null; province?: string | null }): string {
  if (wage.city) return wage.city;
  const province = wage.province ?? '';
  return (provinces as readonly string[]).includes(province)
    ? provinceNames[province as Province]
    : province;
}
