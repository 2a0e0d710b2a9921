/**
 * What every detector needs: the tokenised answer with fillers marked, each sentence's content
 * tokens (words and numbers, no fillers, no punctuation) and their clause numbers, and shared
 * helpers (evidence spans, verb and tense cues).
 */
import type { AnswerInput, Evidence } from './answer-analysis';
import { detectFillers } from './fillers';
import { lex } from './lexicon';
import { stems } from './morphology';
import { type Doc, type Sentence, type Token, tokenize } from './tokens';

export interface SentenceView {
  index: number;
  sentence: Sentence;
  /** Words and numbers of the sentence, fillers left out. */
  content: Token[];
  /** Clause number of each content token (commas, semicolons and colons separate clauses). */
  clause: number[];
  question: boolean;
  /** What detectors found in the sentence, by PerSentence slot. */
  readonly memo: unknown[];
}

export interface Ctx {
  input: AnswerInput;
  doc: Doc;
  fillers: Evidence[];
  sentences: SentenceView[];
  /** What detectors found in the answer, by PerAnswer slot. */
  readonly memo: unknown[];
}

let answerSlots = 0;
let sentenceSlots = 0;

/**
 * A detector's finding about an answer, kept on the answer's context so that the rules and the
 * features that both ask for it find it once: a slot read, where a WeakMap keyed by the context
 * costs a hash look-up, and an ephemeron for the collector, per answer. Made at module load.
 */
export class PerAnswer<T> {
  private readonly slot = answerSlots++;
  get(ctx: Ctx): T | undefined {
    return ctx.memo[this.slot] as T | undefined;
  }
  set(ctx: Ctx, value: T): void {
    ctx.memo[this.slot] = value;
  }
}

/** PerAnswer for a sentence's finding. */
export class PerSentence<T> {
  private readonly slot = sentenceSlots++;
  get(s: SentenceView): T | undefined {
    return s.memo[this.slot] as T | undefined;
  }
  set(s: SentenceView, value: T): void {
    s.memo[this.slot] = value;
  }
}

const clauseBreaks = new Set([',', ';', ':', '—', '–', '(', ')']);

export function buildContext(input: AnswerInput): Ctx {
  const doc = tokenize(input.answer);
  const { evidence: fillers } = detectFillers(doc, input.language);
  const sentences: SentenceView[] = doc.sentences.map((sentence, index) => {
    const content: Token[] = [];
    const clause: number[] = [];
    let c = 0;
    let question = false;
    for (let i = sentence.first; i < sentence.last; i++) {
      const t = doc.tokens[i];
      if (!t) continue;
      if (t.kind === 'punct') {
        if (t.text === '?') question = true;
        const prev = doc.tokens[i - 1];
        const next = doc.tokens[i + 1];
        // A comma around a filler ("aku, eh, dengerin") is a pause, not a clause break.
        if (clauseBreaks.has(t.text) && !prev?.filler && !next?.filler) c++;
        continue;
      }
      if (t.filler) continue;
      content.push(t);
      clause.push(c);
    }
    return { index, sentence, content, clause, question, memo: [] };
  });
  return { input, doc, fillers, sentences, memo: [] };
}

/** The exact span of the answer from one token to another (inclusive). */
export function span(doc: Doc, from: Token, to: Token = from): Evidence {
  return { text: doc.text.slice(from.start, to.end), start: from.start, end: to.end };
}

/** Sorted, without duplicates or spans nested in another. */
export function tidy(evidence: readonly Evidence[]): Evidence[] {
  const sorted = [...evidence].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start >= last.start && e.end <= last.end) continue;
    out.push(e);
  }
  return out;
}

const notPastEed = new Set(['need', 'speed', 'feed', 'seed', 'indeed', 'proceed', 'exceed']);

/** An English past-tense (or participle) form: regular -ed or a known irregular. */
export function isEnPast(t: Token): boolean {
  const w = t.low;
  if (lex.enIrregularPast.has(w)) return true;
  return w.length >= 4 && w.endsWith('ed') && !notPastEed.has(w) && !w.endsWith('eed');
}

/** An English past form that narrates a step taken ("built", "escalated"), not a state. */
export function isEnAction(t: Token): boolean {
  return isEnPast(t) && !lex.enNotActions.has(t.low);
}

/** An Indonesian active verb: me-/ng-/ny- forms, -in/-kan forms, casual bare verbs. */
export function isIdAction(t: Token): boolean {
  const k = t.key;
  if (t.kind !== 'word' || k.length < 3 || lex.idNotActions.has(k)) return false;
  if (lex.idCasualVerbs.has(k)) return true;
  if (k.startsWith('me') && k.length >= 5) return true;
  if ((/^(?:ng|ny)[aeiou]/.test(k) || k.startsWith('nge')) && k.length >= 5) return true;
  if ((k.endsWith('in') || k.endsWith('kan')) && k.length >= 6 && !k.startsWith('di')) return true;
  // Agent nouns are not verbs: "desainer" is not "desain".
  if (/(?:er|or|ers)$/.test(k)) return false;
  return stems(k).some((s) => lex.idCasualVerbs.has(s));
}

/** Whether a content token opens its sentence (first word) or its clause. */
export function opensClause(s: SentenceView, j: number): boolean {
  return j === 0 || s.clause[j] !== s.clause[j - 1];
}

/** Index range [start, end) of the clause of content token j. */
export function clauseRange(s: SentenceView, j: number): [number, number] {
  const c = s.clause[j];
  let a = j;
  while (a > 0 && s.clause[a - 1] === c) a--;
  let b = j;
  while (b < s.content.length && s.clause[b] === c) b++;
  return [a, b];
}

/** A strong modal at content token j ("would", "'d" + base verb, "akan"), not negated. */
export function isStrongModal(s: SentenceView, j: number): boolean {
  const t = s.content[j];
  if (!t || !lex.modalStrong.has(t.low)) return false;
  const next = s.content[j + 1];
  const prev = s.content[j - 1];
  if (prev && lex.negation.has(prev.low)) return false;
  if (t.low === "'d" || t.low === 'would') {
    if (!next) return false;
    if (next.low === 'rather') return false;
    if (
      t.low === "'d" &&
      (['already', 'been', 'just', 'never', 'ever'].includes(next.low) || isEnPast(next))
    ) {
      return false;
    }
  }
  return true;
}
