/**
 * Saying "no" in the languages the coach reads: English, and Indonesian both formal ("tidak",
 * "tak", "bukan") and spoken ("nggak", "ngga", "gak", "ga", "enggak"). The detectors that look
 * for a stand against something (deflection.ts, stance.ts, excuses.ts) start from these lists
 * and add their own words.
 */

/** Indonesian "not" before a verb, an adjective or "ada", in its formal and spoken spellings. */
const idNot = ['tidak', 'nggak', 'ngga', 'gak', 'ga', 'enggak', 'tak'] as const;

/** "No" and "not": a denial or a refusal ("bukan" denies a noun: "bukan salah saya"). */
export const negationWords = ['not', 'no', 'never', ...idNot, 'bukan'] as const;

/**
 * Indonesian "not", or "not yet" ("belum"): what says that something is lacking or was not done
 * ("nggak ada", "belum sempat", "tak pernah").
 */
export const idNotOrNotYet = [...idNot, 'belum'] as const;
