/**
 * Duplicate candidates: the same person applying twice (two jobs, a new e-mail address, a typo
 * in the name). A match is a hint for HR, who decide and merge; nothing is merged automatically.
 */
import type { Locale } from './locale';
import { normaliseEmail, takesSourceDetail, type CandidateSource } from './candidate';

export const duplicateReasons = ['same_email', 'same_phone', 'similar_name_same_city'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export interface PersonDetails {
  fullName: string;
  email: string;
  /** E.164 (+62…), as stored. */
  phone: string | null;
  city: string | null;
}

/** How alike two names must be (0–1) to count as the same person when the city also matches. */
export const similarNameThreshold = 0.55;

/** Plain ASCII words with single spaces: most names and cities, already normal once lower-cased. */
const plainWords = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lower case, without accents, punctuation or repeated spaces: "Siti  Nur'aini" → "siti nuraini". */
export function normaliseName(name: string): string {
  // The duplicates check normalises hundreds of names and cities a request: skip the Unicode
  // work where it cannot change anything but the case.
  if (plainWords.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A space, as pg_trgm pads each word: two before it and one after. */
const pad = 32;

/**
 * Three UTF-16 code units as one number, different for every trigram: 10 bits each when all are
 * below 1024 (Latin letters with their accents; a small integer, which a Set holds without
 * allocating), otherwise 16 bits each above 2^30 (exact below 2^53).
 */
const trigramKey = (a: number, b: number, c: number) =>
  (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : 2 ** 30 + (a * 65536 + b) * 65536 + c;

/**
 * The trigrams of each word, padded as PostgreSQL's pg_trgm does ("  sari " → "  s", " sa", …),
 * each as one number (trigramKey). The duplicates check builds these for hundreds of names a
 * request: slicing each trigram out as a string cost more than the rest of the comparison, and
 * all of it was garbage straight after.
 */
function trigrams(name: string): Set<number> {
  const grams = new Set<number>();
  const normal = normaliseName(name);
  // The two characters before the next one: the padding at the start of each word.
  let first = pad;
  let second = pad;
  for (let i = 0; i <= normal.length; i++) {
    const code = i < normal.length ? normal.charCodeAt(i) : pad;
    if (code !== pad) {
      grams.add(trigramKey(first, second, code));
      first = second;
      second = code;
    } else if (second !== pad) {
      // The end of a word: its last trigram has the one space after it.
      grams.add(trigramKey(first, second, pad));
      first = pad;
      second = pad;
    }
  }
  return grams;
}

/**
 * Trigram similarity (shared trigrams over all trigrams), like pg_trgm's `similarity()`: word
 * order does not matter ("Rahmawati Sari") and one typo costs only a few trigrams.
 */
export function nameSimilarity(a: string, b: string): number {
  return trigramSimilarity(trigrams(a), trigrams(b));
}

function trigramSimilarity(left: Set<number>, right: Set<number>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

/** Why two candidates look like the same person; empty when they do not. */
export function duplicateReasonsBetween(a: PersonDetails, b: PersonDetails): DuplicateReason[] {
  return duplicateReasonsWith(a)(b);
}

/**
 * `duplicateReasonsBetween(person, other)` for many others: the person's e-mail, city and name
 * trigrams are worked out once, not again for each of the hundreds of name matches in a big city.
 */
export function duplicateReasonsWith(
  person: PersonDetails,
): (other: PersonDetails) => DuplicateReason[] {
  // An empty e-mail (an import row whose e-mail is not valid) is no one's.
  const email = person.email.trim().toLowerCase();
  const city = person.city ? normaliseName(person.city) : null;
  const grams = trigrams(person.fullName);
  // The name matches all come from the person's city: its spelling is compared once per form.
  const sameCity = new Map<string, boolean>();
  const inSameCity = (otherCity: string) => {
    let same = sameCity.get(otherCity);
    if (same === undefined) sameCity.set(otherCity, (same = city === normaliseName(otherCity)));
    return same;
  };
  return (other) => {
    const reasons: DuplicateReason[] = [];
    if (email && email === other.email.trim().toLowerCase()) reasons.push('same_email');
    if (person.phone && person.phone === other.phone) reasons.push('same_phone');
    if (
      city !== null &&
      other.city &&
      inSameCity(other.city) &&
      trigramSimilarity(grams, trigrams(other.fullName)) >= similarNameThreshold
    )
      reasons.push('similar_name_same_city');
    return reasons;
  };
}

/** The words of a name worth looking up to find similar names (a cheap pre-filter for the database). */
export function nameWords(name: string): string[] {
  return [...new Set(normaliseName(name).split(' '))].filter((word) => word.length >= 2);
}

/** Entries kept per city and name word: enough for a hint, bounded for a file of common names. */
const namesPerWord = 500;

/**
 * People by city and name word, to find a similar name in the same city (as
 * `similar_name_same_city`) by comparing only those who share a word with it, each name's
 * trigrams computed once. For thousands of rows at a time (a spreadsheet import).
 */
export class SameCityNames<T> {
  private readonly byWord = new Map<string, { grams: Set<number>; item: T }[]>();

  private keys(name: string, city: string): string[] {
    const place = normaliseName(city);
    return nameWords(name).map((word) => `${place}|${word}`);
  }

  add(person: { fullName: string; city: string | null }, item: T): void {
    if (!person.city) return;
    const entry = { grams: trigrams(person.fullName), item };
    for (const key of this.keys(person.fullName, person.city)) {
      const list = this.byWord.get(key);
      if (!list) this.byWord.set(key, [entry]);
      else if (list.length < namesPerWord) list.push(entry);
    }
  }

  /** The first one added whose name is similar and whose city is the same, if any. */
  findSimilar(person: { fullName: string; city: string | null }): T | undefined {
    if (!person.city) return undefined;
    const grams = trigrams(person.fullName);
    const seen = new Set<{ grams: Set<number>; item: T }>();
    for (const key of this.keys(person.fullName, person.city)) {
      for (const entry of this.byWord.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        // Shared trigrams are at most the smaller set: too different in size cannot be similar.
        const [small, large] = [entry.grams.size, grams.size].sort((a, b) => a - b);
        if (small! < similarNameThreshold * large!) continue;
        if (trigramSimilarity(grams, entry.grams) >= similarNameThreshold) return entry.item;
      }
    }
    return undefined;
  }
}

const progress: Record<string, number> = {
  applied: 1,
  cv_screening: 2,
  hr_interview: 3,
  tests: 4,
  user_interview: 5,
  offer: 6,
  hired: 7,
};

/**
 * When both records applied to the same job, one application must go (a candidate applies to a
 * job once). Keep the one further along the pipeline, an active one over a closed one, and on a
 * tie the earlier one; the other's history is folded into it.
 */
export function applicationToKeep<A extends { stage: string; createdAt: Date }>(a: A, b: A): A {
  const rank = (x: A) => progress[x.stage] ?? 0;
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return a.createdAt <= b.createdAt ? a : b;
}

/** A record's contact details, as a merge weighs them. */
export interface MergeContact {
  fullName: string;
  email: string;
  phone: string | null;
}

/**
 * Whose contact details a merge keeps: the kept record's name and e-mail always; its phone, or
 * the duplicate's when it has none (`phoneFrom`). A candidate has one e-mail and one phone, so
 * the duplicate's that differ go into the kept record's notes with the merge note
 * (`mergedDuplicateNote`). The confirmation says this before HR merges, and the merge does it.
 */
export function mergedContact(
  kept: MergeContact,
  merged: MergeContact,
): {
  fullName: string;
  email: string;
  phone: string | null;
  phoneFrom: 'kept' | 'duplicate' | null;
  /** The duplicate's details the kept record does not hold, kept in its notes. */
  intoNotes: { email: string | null; phone: string | null };
} {
  const phone = kept.phone ?? merged.phone;
  return {
    fullName: kept.fullName,
    email: kept.email,
    phone,
    phoneFrom: kept.phone ? 'kept' : merged.phone ? 'duplicate' : null,
    intoNotes: {
      email: normaliseEmail(merged.email) === normaliseEmail(kept.email) ? null : merged.email,
      phone: merged.phone && merged.phone !== phone ? merged.phone : null,
    },
  };
}

/**
 * The line added to the kept candidate's notes, so HR can still find the merged record's details.
 * It is written in the language of the HR user who merged (the notes are theirs to read), like a
 * note they would have typed themselves.
 */
export function mergedDuplicateNote(
  merged: { fullName: string; email: string; phone: string | null },
  locale: Locale,
  /** The duplicate's "Other" source words when the kept record has no place for them. */
  sourceDetail?: string | null,
): string {
  const contact = `${merged.fullName} <${merged.email}>${merged.phone ? `, ${merged.phone}` : ''}`;
  const source = sourceDetail ? `, ${otherSourceLead[locale]}: ${sourceDetail}` : '';
  return `${mergedNoteLead[locale]}: ${contact}${source}`;
}

const otherSourceLead: Record<Locale, string> = { id: 'sumber lain', en: 'other source' };

/**
 * The source detail a merge keeps: the kept record's own, else the duplicate's. The words say which
 * "Other" source or who referred a "Referral", so the duplicate's land on the kept record only when
 * both have the same such source; otherwise they go into the merge note (`forNote`) rather than
 * being lost.
 */
export function mergedSourceDetail(
  kept: { source: CandidateSource; sourceDetail: string | null },
  merged: { source: CandidateSource; sourceDetail: string | null },
): { sourceDetail: string | null; forNote: string | null } {
  if (!takesSourceDetail(kept.source)) return { sourceDetail: null, forNote: merged.sourceDetail };
  if (kept.sourceDetail) return { sourceDetail: kept.sourceDetail, forNote: null };
  if (merged.source === kept.source) return { sourceDetail: merged.sourceDetail, forNote: null };
  return { sourceDetail: null, forNote: merged.sourceDetail };
}

const mergedNoteLead: Record<Locale, string> = {
  id: 'Digabung dari data ganda',
  en: 'Merged duplicate',
};
