/**
 * Where the candidate says honestly that they have not used something yet ("I have not used
 * Tableau yet, but ...", "saya belum pernah pakai SAP, tapi ..."). A job term named there is
 * mentioned, not used: the coach does not praise it as used, and asks for the nearest
 * experience instead. The span runs from the sentence start to its "but/tapi", or to its end.
 */
import type { Evidence } from './answer-analysis';
import { findPhrases, phraseSet } from './phrases';
import type { Doc, Token } from './tokens';

const notYet = phraseSet([
  // English: "not used ... yet", "never worked with", "no hands-on experience with".
  'not|never used|worked|tried|touched|handled|had',
  'not .. used|worked|tried|touched yet',
  'not had the|a chance',
  'no hands-on|direct|real|practical? experience with|in|of|using',
  'not familiar with',
  'not yet used|worked|tried',
  // Indonesian: "belum pernah pakai", "belum sempat coba", "tidak punya pengalaman".
  'belum pernah|sempat? pakai|memakai|menggunakan|coba|mencoba|pegang|megang|kerja|bekerja',
  'belum pernah',
  'tidak|nggak|gak|enggak|ga pernah pakai|memakai|menggunakan|coba|mencoba|pegang',
  'belum|tidak|nggak|gak ada|punya pengalaman',
  'kurang|belum familiar|paham|menguasai',
]);

const contrast = new Set(['but', 'however', 'though', 'tapi', 'tetapi', 'namun', 'cuma', 'hanya']);

/** The parts of the answer in which the candidate says they have not used something yet. */
export function notYetSpans(doc: Doc): Evidence[] {
  const out: Evidence[] = [];
  for (const s of doc.sentences) {
    const words: Token[] = [];
    for (let i = s.first; i < s.last; i++) {
      const t = doc.tokens[i];
      if (t && t.kind !== 'punct') words.push(t);
    }
    const stop = words.findIndex((t, k) => k > 0 && contrast.has(t.low));
    const head = stop > 0 ? words.slice(0, stop) : words;
    const first = head[0];
    const last = head[head.length - 1];
    if (!first || !last || findPhrases(notYet, head).length === 0) continue;
    out.push({ text: doc.text.slice(first.start, last.end), start: first.start, end: last.end });
  }
  return out;
}

/** Whether a span lies inside one of the not-yet spans. */
export const insideAny = (spans: readonly Evidence[], e: Evidence): boolean =>
  spans.some((s) => s.start <= e.start && e.end <= s.end);
