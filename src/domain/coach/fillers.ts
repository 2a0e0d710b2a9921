/**
 * Spoken fillers (README): id `eh`, `em`, `anu`, `apa ya`, `apa namanya`, `gitu`, `kayak`,
 * `sih`, `ya kan`; en `um`, `uh`, `er`, `like`, `you know`, `basically`, `kind of`, `sort of`,
 * `I mean`. Ambiguous words count only where they work as a filler: "kayak" and "like" next to a
 * pause (comma) or before a verb-like word, not "kayak gini" or "things like SQL"; "gitu" not
 * after "kalau"/"kayak"; "kind of" not after "that"/"what".
 */
import type { Evidence } from './answer-analysis';
import type { Doc, Token } from './tokens';

const idAlways = new Set(['eh', 'ehm', 'em', 'emm', 'hmm', 'hm', 'anu', 'eee', 'umm', 'um', 'sih']);
const enAlways = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'hmm', 'hm', 'basically']);
const gituNotAfter = new Set(['kalau', 'kalo', 'kayak', 'kaya', 'seperti', 'yang', 'cara', 'hal']);
const kayakBeforeVerb = new Set([
  'udah',
  'sudah',
  'nggak',
  'gak',
  'ga',
  'enggak',
  'tidak',
  'mau',
  'agak',
  'lagi',
  'pengen',
  'harus',
  'bisa',
  'ada',
  'langsung',
  'cuma',
]);
const kindNotAfter = new Set([
  'that',
  'this',
  'what',
  'a',
  'the',
  'some',
  'any',
  'every',
  'which',
  'these',
  'those',
  'all',
  'one',
  'same',
  'different',
  'which',
]);

const isComma = (t: Token | undefined) =>
  t !== undefined && t.kind === 'punct' && (t.text === ',' || t.text === '…');
const isPunctOrEnd = (t: Token | undefined) => t === undefined || t.kind === 'punct';

export interface FillerResult {
  evidence: Evidence[];
}

/** Finds the fillers, marks their tokens (`filler = true`) and returns one span per filler. */
/** Marks tokens from..to as a filler and adds its span. */
function markFiller(doc: Doc, evidence: Evidence[], from: number, to: number): void {
  const tk = doc.tokens;
  const a = tk[from];
  const b = tk[to];
  if (!a || !b) return;
  for (let i = from; i <= to; i++) {
    const t = tk[i];
    if (t) t.filler = true;
  }
  evidence.push({ text: doc.text.slice(a.start, b.end), start: a.start, end: b.end });
}

export function detectFillers(doc: Doc, language: 'id' | 'en'): FillerResult {
  const tk = doc.tokens;
  const evidence: Evidence[] = [];
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i];
    if (!t || t.kind !== 'word' || t.filler) continue;
    const prev = tk[i - 1];
    const next = tk[i + 1];
    const w = t.low;
    if (language === 'id') {
      if (idAlways.has(w)) markFiller(doc, evidence, i, i);
      else if (w === 'apa' && next && (next.low === 'ya' || next.low === 'namanya'))
        markFiller(doc, evidence, i, i + 1);
      else if (w === 'ya' && next && next.low === 'kan') markFiller(doc, evidence, i, i + 1);
      else if (w === 'gitu' && !(prev && gituNotAfter.has(prev.low)))
        markFiller(doc, evidence, i, i);
      else if (
        (w === 'kayak' || w === 'kaya') &&
        (isComma(prev) || isComma(next) || (next && kayakBeforeVerb.has(next.low)))
      ) {
        markFiller(doc, evidence, i, i);
      }
    } else {
      if (enAlways.has(w)) markFiller(doc, evidence, i, i);
      else if (w === 'like' && (isComma(prev) || isComma(next) || (prev && prev.filler))) {
        markFiller(doc, evidence, i, i);
      } else if (
        w === 'you' &&
        next?.low === 'know' &&
        (isPunctOrEnd(tk[i + 2]) || isComma(prev)) &&
        !(prev && ['do', 'did', 'if', 'as'].includes(prev.low))
      ) {
        markFiller(doc, evidence, i, i + 1);
      } else if (
        (w === 'kind' || w === 'sort') &&
        next?.low === 'of' &&
        !(prev && kindNotAfter.has(prev.low))
      ) {
        markFiller(doc, evidence, i, i + 1);
      } else if (w === 'i' && next?.low === 'mean' && !next.clitic) {
        markFiller(doc, evidence, i, i + 1);
      }
    }
  }
  return { evidence };
}
