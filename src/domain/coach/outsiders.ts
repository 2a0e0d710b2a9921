/**
 * People outside the employer: customers, clients, patients, guests, students, passengers,
 * vendors. A complaint about them, or their habits, is a problem told, not badmouthing a former
 * employer (badmouthing.ts, understated-criticism.ts and faint-praise.ts all ask here).
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

export const outsiders = wordSet(
  'customer',
  'customers',
  'client',
  'clients',
  // Also the adjective ("not the most patient lead"): understated-criticism.ts, whose shapes
  // deny virtues, leaves the singular out.
  'patient',
  'patients',
  'guest',
  'guests',
  'buyer',
  'buyers',
  'student',
  'students',
  'passenger',
  'passengers',
  'vendor',
  'vendors',
  'pelanggan',
  'klien',
  'pasien',
  'tamu',
  'pembeli',
  'konsumen',
  'murid',
  'siswa',
  'nasabah',
  'penumpang',
);

/** Per distinct word, also with a clitic ("pelanggannya", "klienku"); bounded. */
const known = new Map<string, boolean>();

/** An outsider, also with "-nya", "-ku" or "-mu". */
export function isOutsiderWord(key: string): boolean {
  let is = known.get(key);
  if (is === undefined) {
    is = outsiders.has(key) || outsiders.has(key.replace(/(?:nya|ku|mu)$/, ''));
    if (known.size >= 50_000) known.clear();
    known.set(key, is);
  }
  return is;
}

export const isOutsider = (t: Token): boolean => isOutsiderWord(t.key);
