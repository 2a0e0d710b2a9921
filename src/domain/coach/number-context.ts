/**
 * Where a number stands in the answer, for the learned model's `quantified` and `result`: a
 * number in a sentence that says what changed ("naik jadi 40", "cut from two days to four
 * hours") measures an outcome; one in a clause about the candidate's own work ("I handled 150
 * orders") measures its scale; one in a sentence with no first person and no change in it ("the
 * estate is 3,200 hectares", "pabriknya 1.800 karyawan") only sets the scene. Dates, ages, tenure
 * and the like are already left out by findNumbers; these features weigh what remains.
 */
import type { Evidence } from './answer-analysis';
import type { Ctx, SentenceView } from './context';
import { lex } from './lexicon';
import type { NumberMention } from './quantified';
import type { Token } from './tokens';

/** First person beyond the subject pronouns: possessives and objects ("my team", "timku"). */
const ownWords = new Set(['my', 'our', 'me', 'us', 'myself', 'saya', 'aku', 'kami', 'gue']);
const isOwn = (t: Token) =>
  lex.firstPerson.has(t.low) || ownWords.has(t.low) || /^\p{L}{3,}(?:ku|ku-nya)$/u.test(t.low);

/** "from ... to", "dari ... jadi/menjadi/ke": a before and an after. */
const fromWords = new Set(['from', 'dari']);
const toWords = new Set(['to', 'jadi', 'menjadi', 'ke', 'into']);

function changesAround(s: SentenceView, j: number): boolean {
  const c = s.content;
  if (c.some((t) => lex.resultWords.has(t.low) || lex.resultWords.has(t.key))) return true;
  const from = c.findIndex((t, k) => k < j + 2 && fromWords.has(t.low));
  return from >= 0 && c.some((t, k) => k > from && k >= j - 1 && toWords.has(t.low));
}

export type NumberPlace = 'numberOutcome' | 'numberOwnWork' | 'numberSetting';

/** The place of each countable number (findNumbers' measures and someone else's numbers). */
export function numberPlaces(
  ctx: Ctx,
  numbers: readonly NumberMention[],
): { place: NumberPlace; evidence: Evidence; late: boolean }[] {
  const out: { place: NumberPlace; evidence: Evidence; late: boolean }[] = [];
  const half = ctx.doc.text.length / 2;
  for (const n of numbers) {
    if (!n.measure && n.reason !== 'other') continue;
    const s = ctx.sentences.find(
      (v) => v.sentence.start <= n.evidence.start && n.evidence.start < v.sentence.end,
    );
    if (!s) continue;
    let j = s.content.findIndex((t) => t.end > n.evidence.start);
    if (j < 0) j = s.content.length - 1;
    const place: NumberPlace = changesAround(s, j)
      ? 'numberOutcome'
      : s.content.some(isOwn)
        ? 'numberOwnWork'
        : 'numberSetting';
    out.push({ place, evidence: n.evidence, late: n.evidence.start >= half });
  }
  return out;
}
