/**
 * Saying "no" in the languages the coach reads: English, and Indonesian both formal ("tidak",
 * "bukan") and spoken ("nggak", "gak", "ga", "enggak"). The detectors that look for a stand
 * against something (deflection.ts, stance.ts) start from this one list and add their own words.
 */
export const negationWords = [
  'not',
  'no',
  'never',
  'tidak',
  'nggak',
  'gak',
  'ga',
  'enggak',
  'bukan',
] as const;
