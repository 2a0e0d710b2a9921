/**
 * A concrete episode told right after a trait claim: "I'm patient. Last spring a trainee ...
 * I sat with him after every shift" or "Saya teliti. Bulan lalu waktu stock opname, saya
 * menemukan selisih ...". The claim is then shown by an example, whatever its content: the
 * candidate did what the interviewer asks for. An episode is a sentence (within a few after the
 * claim) in which the candidate narrates a step of their own in the past, with an anchor in the
 * same window that only a real event has: a time ("last April", "one night", "in 2021", "tahun
 * lalu", "waktu itu"), an example marker ("for example", "contohnya"), a number, or a name.
 * Near misses: a plan ("I would stay calm"), a habit with no anchor ("I always double-check"),
 * a story told before the claim or far after it.
 */
import type { Evidence } from './answer-analysis';
import { hypothetical } from './claim-backing';
import { type Ctx, type SentenceView, isEnPast, isIdAction } from './context';
import { lex } from './lexicon';
import { notNames } from './specificity';
import { pastAspect } from './stance';
import { type Token, startsUpperCase } from './tokens';
import { wordSet } from './word-set';

/** How many sentences after the claim's own may tell the episode. */
const WINDOW = 3;

/** claim-backing's modals and "'d" ("I'd stay calm"); "'ll" is read as "will" by the tokenizer. */
const modals = wordSet([...hypothetical], "'d");
/** Time words that mark a moment when a word before or after points at one. */
const periods = wordSet(
  'year',
  'month',
  'week',
  'quarter',
  'semester',
  'summer',
  'winter',
  'spring',
  'autumn',
  'morning',
  'evening',
  'night',
  'shift',
  'day',
  'weekend',
  'tahun',
  'bulan',
  'minggu',
  'kuartal',
  'semester',
  'hari',
  'malam',
  'pagi',
  'sore',
  'shift',
  'lebaran',
  'ramadan',
  'ramadhan',
  'natal',
  'christmas',
);
const pointersBefore = wordSet('last', 'one', 'that', 'previous', 'during', 'first', 'second');
const pointersAfter = wordSet('lalu', 'kemarin', 'itu', 'sebelumnya', 'terakhir', 'ago', 'pertama');
/** Words that mark a moment or an example by themselves. */
const markers = wordSet(
  'once',
  'yesterday',
  'ago',
  'kemarin',
  'pernah',
  'sempat',
  'contohnya',
  'misalnya',
  'contoh',
);
/** "for example", "for instance", "waktu itu", "suatu hari", "saat itu". */
const pairs: readonly (readonly [string, string])[] = [
  ['for', 'example'],
  ['for', 'instance'],
  ['waktu', 'itu'],
  ['saat', 'itu'],
  ['ketika', 'itu'],
  ['suatu', 'hari'],
  ['suatu', 'kali'],
];
/** After these an "-ed" word is an adjective ("I'm organised", "so detail-oriented"). */
const beforeAdjective = wordSet(
  'am',
  'is',
  'are',
  'be',
  'been',
  'very',
  'so',
  'really',
  'quite',
  'pretty',
  'more',
  'most',
  'and',
);

/** A time or an example marker: what places a step in one moment. */
function isMoment(c: readonly Token[], j: number): boolean {
  const w = (c[j] as Token).low;
  if (markers.has(w)) return true;
  const prev = c[j - 1]?.low ?? '';
  if (pairs.some(([a, b]) => a === prev && b === w)) return true;
  if (lex.months.has(w)) return true;
  return periods.has(w) && (pointersBefore.has(prev) || pointersAfter.has(c[j + 1]?.low ?? ''));
}

/** A moment, a number, or a name inside a sentence (a client, a city, a tool). */
function isAnchor(c: readonly Token[], j: number): boolean {
  const t = c[j] as Token;
  if (t.kind === 'num' || isMoment(c, j)) return true;
  return j > 0 && t.kind === 'word' && !notNames.has(t.low) && startsUpperCase(t.text);
}

/** The candidate's own step in the past: "I sat", "I called"; "saya sudah menelepon". */
function ownPastStep(ctx: Ctx, c: readonly Token[], anchored: boolean): Token | undefined {
  if (c.some((t) => modals.has(t.low))) return undefined;
  const en = ctx.input.language === 'en';
  if (!en && !anchored && !c.some((t) => pastAspect.has(t.low))) return undefined;
  for (let me = 0; me < c.length; me++) {
    if (!lex.firstPerson.has((c[me] as Token).low)) continue;
    const verb = c.find(
      (t, k) =>
        k > me &&
        k <= me + 4 &&
        !beforeAdjective.has(c[k - 1]?.low ?? '') &&
        (en ? isEnPast(t) : isIdAction(t)),
    );
    if (verb) return verb;
  }
  return undefined;
}

const inside = (e: Evidence, s: SentenceView) =>
  e.start >= s.sentence.start && e.start < s.sentence.end;

/**
 * The sentence after a claim that tells an episode of the candidate's own, or undefined. The
 * words of the claim's own sentence after the claim count ("I'm calm: last April I ...").
 */
export function episodeAfter(ctx: Ctx, claim: Evidence): SentenceView | undefined {
  const at = ctx.sentences.findIndex((s) => inside(claim, s));
  if (at < 0) return undefined;
  const window = ctx.sentences.slice(at, at + 1 + WINDOW).map((s, k) => ({
    s,
    c: k === 0 ? s.content.filter((t) => t.start >= claim.end) : s.content,
  }));
  const told = window.filter(({ s }) => !s.question);
  const anchored = told.some(({ c }) => c.some((_, j) => isAnchor(c, j)));
  if (!anchored) return undefined;
  // Indonesian verbs carry no tense: a habit ("saya selalu mengecek") reads like a step, so
  // the window must place it in a moment ("bulan lalu", "waktu itu") or the step mark the past.
  const moment = told.some(({ c }) => c.some((_, j) => isMoment(c, j)));
  return told.find(({ c }) => ownPastStep(ctx, c, moment) !== undefined)?.s;
}
