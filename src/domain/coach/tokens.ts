/**
 * Tokenising an answer into words, numbers and punctuation with exact character offsets, and
 * grouping the tokens into sentences. English contractions are split into two tokens that share
 * the word's span ("I'm" → "i" + "am"), so that patterns can be written in plain words.
 */
import { type WordEntry, wordEntry } from './word-set';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** The exact text of the answer at [start, end). */
  text: string;
  /** Lower case, curly apostrophes made straight; contraction parts expanded ("n't" → "not"). */
  low: string;
  /** `low` without Indonesian clitics after a hyphen ("hrd-nya" → "hrd") and reduplication. */
  key: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** True for the second part of a split contraction ("'m" of "I'm"): not a word of its own. */
  clitic: boolean;
  /** Set by the filler detector. */
  filler: boolean;
  /**
   * The word's entry shared by all its tokens (word-set.ts): the lists it is in, the phrase sets
   * it may start and its other facts, each found once per distinct word.
   */
  entry: WordEntry;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Letters/digits joined by: a dot or comma between digits, an apostrophe before a letter, a hyphen.
const tokenPattern =
  /[\p{L}\p{N}\p{M}]+(?:(?:(?<=\p{N})[.,](?=\p{N})|['’](?=\p{L})|-(?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

const contraction = /^(.*[a-z])(n't|'m|'re|'ve|'ll|'d|'s)$/;
const contractionNorm: Record<string, string> = {
  "n't": 'not',
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'d": "'d",
  "'s": "'s",
};
const negativeStems: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
const cliticSuffixes = new Set(['nya', 'ku', 'mu', 'lah', 'kah', 'pun', 'an', 'in']);
const sentenceEnd = new Set(['.', '!', '?', '…']);
const closers = new Set(['"', "'", '”', '’', ')', ']']);

/** Lower case with straight apostrophes. */
export function normalise(word: string): string {
  const low = word.toLowerCase();
  return low.includes('’') ? low.replace(/’/g, "'") : low;
}

/**
 * Whether a token's first character is a letter or a digit: ASCII by its code (nearly every
 * token), anything else by the Unicode classes.
 */
function startsWordOrNumber(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(raw[0] ?? '');
}

/**
 * Whether a text starts with an upper-case letter (/^\p{Lu}/u): ASCII by its code, as nearly every
 * token is, anything else by the pattern. Asked for a word at a time by several detectors.
 */
export function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}

/** The lexicon key of a lower-case word: Indonesian clitics after a hyphen and reduplication dropped. */
export function wordKey(low: string): string {
  const dash = low.indexOf('-');
  if (dash <= 0) return low;
  const parts = low.split('-');
  const head = parts[0] ?? low;
  const tail = parts[parts.length - 1] ?? '';
  if (parts.length === 2 && cliticSuffixes.has(tail)) return head;
  if (parts.length === 2 && tail.startsWith(head) && head.length >= 2) return head;
  return low;
}

/**
 * A token; its `low` and `key` are its word entry's (the key of a number or a mark is its text:
 * wordKey leaves them as they are).
 */
function makeToken(
  text: string,
  low: string,
  start: number,
  kind: TokenKind,
  clitic = false,
): Token {
  const entry = wordEntry(low, wordKey);
  return {
    text,
    low: entry.low,
    key: entry.key,
    start,
    end: start + text.length,
    kind,
    sent: 0,
    clitic,
    filler: false,
    entry,
  };
}

export function tokenize(text: string): Doc {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(text); m !== null; m = tokenPattern.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const first = raw.charCodeAt(0);
    if (!startsWordOrNumber(raw)) {
      tokens.push(makeToken(raw, raw, start, 'punct'));
      continue;
    }
    const low = normalise(raw);
    if (first >= 48 && first <= 57 && /^\d+(?:[.,]\d+)*$/.test(raw)) {
      tokens.push(makeToken(raw, low, start, 'num'));
      continue;
    }
    const c = low.includes("'") ? contraction.exec(low) : null;
    if (c && c[1] && c[2]) {
      const headLen = c[1].length;
      const headLow = negativeStems[c[1]] && c[2] === "n't" ? (negativeStems[c[1]] ?? c[1]) : c[1];
      tokens.push(makeToken(raw.slice(0, headLen), headLow, start, 'word'));
      tokens.push(
        makeToken(raw.slice(headLen), contractionNorm[c[2]] ?? c[2], start + headLen, 'word', true),
      );
      continue;
    }
    tokens.push(makeToken(raw, low, start, 'word'));
  }

  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const next = tokens[i + 1];
    if (t.kind === 'punct' && sentenceEnd.has(t.text)) {
      if (next && next.kind === 'punct' && (sentenceEnd.has(next.text) || closers.has(next.text))) {
        continue;
      }
      first = closeSentence(tokens, sentences, first, i + 1);
    } else if (next && text.slice(t.end, next.start).includes('\n')) {
      first = closeSentence(tokens, sentences, first, i + 1);
    }
  }
  closeSentence(tokens, sentences, first, tokens.length);
  return { text, tokens, sentences };
}

/**
 * Closes the sentence of tokens [first, last): numbers its tokens, records its span. Returns
 * where the next sentence starts (unchanged if there was nothing to close).
 */
function closeSentence(
  tokens: Token[],
  sentences: Sentence[],
  first: number,
  last: number,
): number {
  if (last <= first) return first;
  const a = tokens[first];
  const b = tokens[last - 1];
  if (!a || !b) return first;
  const index = sentences.length;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (t) t.sent = index;
  }
  sentences.push({ start: a.start, end: b.end, first, last });
  return last;
}

/** Whether the token is a word or a number (not punctuation, not the tail of a contraction). */
export function isWord(t: Token): boolean {
  return t.kind !== 'punct' && !t.clitic;
}

/** The tokens of a sentence that carry content: words and numbers, fillers left out. */
export function contentTokens(doc: Doc, sentence: Sentence): Token[] {
  const out: Token[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = doc.tokens[i];
    if (t && t.kind !== 'punct' && !t.filler) out.push(t);
  }
  return out;
}

/** Whether `words` (lower-case) stand in `tokens` from position `at` on: "let's just say". */
export function phraseAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, i) => tokens[at + i]?.low === word);
}
