/**
 * Job-term coverage: which of the job's key terms the answer uses. A term word matches an
 * answer word with the same stem (Indonesian affixes, English inflections: "analisis" in
 * "menganalisis", "deploy" in "deployed", "rekonsiliasi" in "merekonsiliasi"); multi-word terms
 * match in order with at most one word between ("rekonsiliasi rekening bank" for "rekonsiliasi
 * bank"); terms with symbols ("C++", "Node.js", "CI/CD") match literally, case-insensitively.
 */
import type { AnswerMetrics, Evidence } from './answer-analysis';
import { tidy } from './context';
import { sameStem } from './morphology';
import { familyOf } from './term-families';
import { isIndonesianTerm } from './term-language';
import { type Doc, type Token, tokenize } from './tokens';

const wordChar = /[\p{L}\p{N}]/u;

function literal(doc: Doc, term: string): Evidence[] {
  const out: Evidence[] = [];
  const hay = doc.text.toLowerCase();
  const needle = term.toLowerCase();
  if (needle.length === 0 || hay.length !== doc.text.length) return out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = doc.text[at - 1];
    const after = doc.text[at + needle.length];
    const edgeOk = (c: string | undefined, inner: string | undefined) =>
      c === undefined || !wordChar.test(c) || inner === undefined || !wordChar.test(inner);
    if (edgeOk(before, term[0]) && edgeOk(after, term[term.length - 1])) {
      out.push({
        text: doc.text.slice(at, at + needle.length),
        start: at,
        end: at + needle.length,
      });
    }
  }
  return out;
}

function byStem(doc: Doc, words: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  const tokens: Token[] = doc.tokens.filter((t) => t.kind !== 'punct' && !t.filler && !t.clitic);
  const head = words[0];
  if (!head) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !sameStem(t.key, head)) continue;
    let j = i;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      const want = words[w] ?? '';
      const a = tokens[j + 1];
      const b = tokens[j + 2];
      if (a && a.sent === t.sent && sameStem(a.key, want)) j += 1;
      else if (words.length > 1 && b && b.sent === t.sent && sameStem(b.key, want)) j += 2;
      else ok = false;
    }
    const last = tokens[j];
    if (ok && last)
      out.push({ text: doc.text.slice(t.start, last.end), start: t.start, end: last.end });
  }
  return out;
}

/** Where the answer names a term: literally, or word by word by stem. */
function spansOf(doc: Doc, term: string): Evidence[] {
  const words = tokenize(term)
    .tokens.filter((t) => t.kind !== 'punct' && !t.clitic)
    .map((t) => t.key);
  return tidy([...literal(doc, term), ...(words.length > 0 ? byStem(doc, words) : [])]);
}

/**
 * The terms used, with their spans, and the terms missed. In an English answer a term written in
 * Indonesian is not missed: the candidate says it in English (term-language.ts).
 */
export function termCoverage(
  doc: Doc,
  terms: readonly string[] | undefined,
  answerLanguage?: 'id' | 'en',
): AnswerMetrics['jobTerms'] {
  const used: { term: string; evidence: Evidence[] }[] = [];
  const missed: string[] = [];
  const seen = new Set<string>();
  for (const raw of terms ?? []) {
    const term = raw.trim();
    const key = term.toLowerCase();
    if (!term || seen.has(key)) continue;
    seen.add(key);
    const found = spansOf(doc, term);
    // A member of the term's family stands for it: "BigQuery" for "SQL" (term-families.ts).
    const evidence =
      found.length > 0 ? found : tidy(familyOf(term).flatMap((m) => spansOf(doc, m)));
    if (evidence.length > 0) used.push({ term, evidence });
    else if (answerLanguage !== 'en' || !isIndonesianTerm(term)) missed.push(term);
  }
  return { used, missed };
}
