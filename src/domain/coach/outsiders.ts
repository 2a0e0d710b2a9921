/**
 * People outside the employer: customers, clients, patients, guests, students, passengers,
 * vendors. A complaint about them, or their habits, is a problem told, not badmouthing a former
 * employer (badmouthing.ts, understated-criticism.ts and faint-praise.ts all ask here).
 */
import type { Token } from './tokens';
import { keyFact, wordSet } from './word-set';

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

/** An outsider, also with "-nya", "-ku" or "-mu"; known once per distinct word (word-set.ts). */
export const isOutsider: (t: Token) => boolean = keyFact(
  (key) => outsiders.has(key) || outsiders.has(key.replace(/(?:nya|ku|mu)$/, '')),
);
